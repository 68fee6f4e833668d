using Workshop.Cli;

namespace Workshop.Cli.Tests;

public class AtomicFileTests
{
    [Fact]
    public void Writes_creates_the_folder_replaces_the_old_content_and_leaves_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("workshop-atomic-");
        try
        {
            var path = Path.Combine(folder.FullName, "nested", "copy.ipynb");
            AtomicFile.WriteAllText(path, "old");
            AtomicFile.WriteAllText(path, "new");
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(["copy.ipynb"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_failed_write_keeps_the_old_file()
    {
        var folder = Directory.CreateTempSubdirectory("workshop-atomic-");
        try
        {
            var path = Path.Combine(folder.FullName, "copy.ipynb");
            File.WriteAllText(path, "old");
            // A folder where the temporary file should go makes the write fail before the rename.
            Directory.CreateDirectory(path + $".{Environment.ProcessId}.tmp");
            Assert.ThrowsAny<Exception>(() => AtomicFile.WriteAllText(path, "new"));
            Assert.Equal("old", File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
