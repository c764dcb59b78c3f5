namespace OpenSystem.Sweeps.Tests;

/// <summary>Records every call and answers from a queue, standing in for sbatch.</summary>
internal sealed class FakeProcessRunner(params ProcessResult[] answers) : IProcessRunner
{
    private readonly Queue<ProcessResult> answers = new(answers);

    public List<(string Program, IReadOnlyList<string> Arguments)> Calls { get; } = [];

    public ProcessResult Run(string program, IReadOnlyList<string> arguments)
    {
        Calls.Add((program, arguments.ToList()));
        return answers.Dequeue();
    }
}
