namespace OrganizedCrimeStrategy;

/// <summary>
/// Plain sentences for a file that cannot be read or written, naming the path the caller gave: never a temporary
/// file's name, never the runtime's own exception text (which names internal paths and reads like a stack trace).
/// </summary>
internal static class FileErrors
{
    // errno on Linux and macOS (.NET puts the raw errno into IOException.HResult for errors it does not map).
    private const int NoSpaceUnix = 28;
    private const int ReadOnlyFileSystemUnix = 30;

    // Win32 errors as HRESULTs.
    private const int DiskFullWindows = unchecked((int)0x80070070);
    private const int HandleDiskFullWindows = unchecked((int)0x80070027);
    private const int WriteProtectWindows = unchecked((int)0x80070013);

    /// <summary>Whether an exception is one of the expected failures of file I/O (and not a bug).</summary>
    public static bool IsFileError(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException;

    /// <summary>Why <paramref name="path"/> could not be read, as a sentence.</summary>
    public static string CannotRead(string path, Exception exception) => exception switch
    {
        FileNotFoundException => $"'{path}' does not exist.",
        DirectoryNotFoundException => FileInTheWay(path) is { } file
            ? $"'{path}' cannot be read: '{file}' is a file, not a folder."
            : $"'{path}' does not exist: there is no folder '{Folder(path)}'.",
        UnauthorizedAccessException or System.Security.SecurityException => $"No permission to read '{path}'.",
        PathTooLongException => $"'{path}' cannot be read: the name is too long.",
        NotSupportedException => $"'{path}' is not a usable file name.",
        _ => $"'{path}' cannot be read: an input/output error stopped the read.",
    };

    /// <summary>Why <paramref name="path"/> could not be written, as a sentence (the target, not the temporary file).</summary>
    public static string CannotWrite(string path, Exception exception) => exception switch
    {
        DirectoryNotFoundException => FileInTheWay(path) is { } file
            ? $"'{file}' is a file, not a folder."
            : $"The folder '{Folder(path)}' does not exist.",
        UnauthorizedAccessException or System.Security.SecurityException => $"No permission to write '{path}' in the folder '{Folder(path)}'.",
        PathTooLongException => "The name is too long.",
        NotSupportedException => $"'{path}' is not a usable file name.",
        IOException { HResult: NoSpaceUnix or DiskFullWindows or HandleDiskFullWindows } => "The disk is full.",
        IOException { HResult: ReadOnlyFileSystemUnix or WriteProtectWindows } => $"The folder '{Folder(path)}' is on a read-only file system.",
        _ => "An input/output error stopped the write.",
    };

    /// <summary>The folder of a path as the caller wrote it (<c>.</c> for a bare file name).</summary>
    public static string Folder(string path)
    {
        var folder = Path.GetDirectoryName(path);
        return string.IsNullOrEmpty(folder) ? "." : folder;
    }

    /// <summary>The nearest ancestor of <paramref name="path"/> that exists as a file, where a folder was expected.</summary>
    private static string? FileInTheWay(string path)
    {
        try
        {
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                if (File.Exists(folder))
                {
                    return folder;
                }

                if (Directory.Exists(folder))
                {
                    return null;
                }
            }
        }
        catch (Exception exception) when (IsFileError(exception) || exception is ArgumentException)
        {
            // No better explanation than the general one.
        }

        return null;
    }
}
