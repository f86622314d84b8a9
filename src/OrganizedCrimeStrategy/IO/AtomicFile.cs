using OneOf;
using OneOf.Types;

namespace OrganizedCrimeStrategy.IO;

/// <summary>Why a file could not be written. The old file, if any, is left as it was.</summary>
/// <param name="Path">The file, as the caller named it.</param>
/// <param name="Message">What went wrong, as a sentence (a missing folder, no permission, a full disk...); it never names the temporary file.</param>
public sealed record WriteFailure(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the same folder, is flushed to disk, and then
/// replaces the target in one rename. A write that fails part-way leaves the old file as it was.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes a file through a temporary file and a replace.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <returns>Success, or why the file could not be written (an I/O error, no permission, a directory in the way).</returns>
    public static OneOf<Success, WriteFailure> Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string? temporary = null;
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return new WriteFailure(path, FileErrors.IsDirectory(path));
            }

            var folder = System.IO.Path.GetDirectoryName(full)!;
            temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            temporary = null;
            return new Success();
        }
        catch (Exception exception) when (FileErrors.IsFileError(exception))
        {
            // The runtime's message names the temporary file; the caller knows only the path it gave.
            return new WriteFailure(path, FileErrors.CannotWrite(path, exception));
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>Writes text as UTF-8 (no byte order mark), atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="text">The content.</param>
    /// <returns>Success, or why the file could not be written.</returns>
    public static OneOf<Success, WriteFailure> WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays behind; the target is intact either way.
        }
    }
}
