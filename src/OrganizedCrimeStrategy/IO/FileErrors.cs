using System.Collections.Frozen;
using OrganizedCrimeStrategy.Localization;

namespace OrganizedCrimeStrategy.IO;

/// <summary>
/// Plain sentences for a file that cannot be read or written (the area <c>file</c> of <c>Localization/Strings/&lt;tag&gt;.json</c>), naming the path the caller gave: never a temporary
/// file's name, never the runtime's own exception text (which names internal paths and reads like a stack trace).
/// </summary>
internal static class FileErrors
{
    private static readonly Lazy<FrozenDictionary<string, StringTable>> Tables = new(() => StringTable.Load("file"));

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

    /// <summary>Why <paramref name="path"/> could not be read, as a sentence in <paramref name="language"/>.</summary>
    public static string CannotRead(string path, Exception exception, string? language)
    {
        var table = StringTable.Resolve(Tables.Value, language);
        return exception switch
        {
            FileNotFoundException => table.Format("read.notFound", ("path", path)),
            DirectoryNotFoundException => FileInTheWay(path) is { } file
                ? table.Format("read.fileInTheWay", ("path", path), ("file", file))
                : table.Format("read.noFolder", ("path", path), ("folder", Folder(path))),
            UnauthorizedAccessException or System.Security.SecurityException => table.Format("read.noPermission", ("path", path)),
            PathTooLongException => table.Format("read.nameTooLong", ("path", path)),
            NotSupportedException => table.Format("unusableName", ("path", path)),
            _ => table.Format("read.ioError", ("path", path)),
        };
    }

    /// <summary>Why <paramref name="path"/> could not be written, as a sentence (the target, not the temporary file).</summary>
    public static string CannotWrite(string path, Exception exception, string? language = null)
    {
        var table = StringTable.Resolve(Tables.Value, language);
        return exception switch
        {
            DirectoryNotFoundException => FileInTheWay(path) is { } file
                ? table.Format("write.fileInTheWay", ("file", file))
                : table.Format("write.noFolder", ("folder", Folder(path))),
            UnauthorizedAccessException or System.Security.SecurityException => table.Format("write.noPermission", ("path", path), ("folder", Folder(path))),
            PathTooLongException => table.Format("write.nameTooLong"),
            NotSupportedException => table.Format("unusableName", ("path", path)),
            IOException { HResult: NoSpaceUnix or DiskFullWindows or HandleDiskFullWindows } => table.Format("write.diskFull"),
            IOException { HResult: ReadOnlyFileSystemUnix or WriteProtectWindows } => table.Format("write.readOnly", ("folder", Folder(path))),
            _ => table.Format("write.ioError"),
        };
    }

    /// <summary>The sentence for a directory where a file to write was expected.</summary>
    public static string IsDirectory(string path, string? language = null) =>
        StringTable.Resolve(Tables.Value, language).Format("isDirectory", ("path", path));

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
