namespace OpenSystem.Models.Tests;

/// <summary>Reading files: a size limit, an empty path, a missing file; all bad input naming the file.</summary>
public class FileLimitTests
{
    [Fact]
    public void EmptyPath_IsBadInput()
    {
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Load(""));
        Assert.Equal("(file)", ex.Key);
        Assert.Contains("empty", ex.Problem);
    }

    [Fact]
    public void DevZero_IsRefusedAfterTheSizeLimit()
    {
        if (!File.Exists("/dev/zero"))
            return;
        var ex = Assert.Throws<ModelFileException>(() => ModelFile.Load("/dev/zero"));
        Assert.Equal("/dev/zero", ex.File);
        Assert.Contains("16 MiB", ex.Problem);
    }

    [Fact]
    public void FileAboveTheLimit_IsRefused_AndOneBelowIsRead()
    {
        string path = Path.Combine(Path.GetTempPath(), $"opensystem-models-{Guid.NewGuid():N}.json");
        try
        {
            string model = ReaderBadInputTests.Good;
            File.WriteAllText(path, model + new string(' ', ModelFile.MaxFileBytes - model.Length - 16));
            Assert.Equal(2, ModelFile.Load(path).System.Register.Count);
            File.AppendAllText(path, new string(' ', 32));
            var ex = Assert.Throws<ModelFileException>(() => ModelFile.Load(path));
            Assert.Equal(path, ex.File);
            Assert.Contains("larger than 16 MiB", ex.Problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFileAndDirectory_AreBadInputNamingTheFile()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"nope-{Guid.NewGuid():N}.json");
        Assert.Equal(missing, Assert.Throws<ModelFileException>(() => ModelFile.Load(missing)).File);
        string folder = Path.GetTempPath();
        Assert.Equal(folder, Assert.Throws<ModelFileException>(() => ModelFile.Load(folder)).File);
    }
}
