using MathNet.Numerics.LinearAlgebra;

namespace OpenSystem.Dynamics;

/// <summary>
/// e^{A Δt} x for a real matrix A that splits into independent blocks: the connected components of the graph with an
/// edge i — j wherever A_ij or A_ji is non-zero (exactly). e^{A t} has the same blocks, so each gets its own
/// <see cref="PropagatorLadder"/>. The Davies generator in the energy basis splits into the population block and one
/// small block per set of equal Bohr frequencies; a Redfield generator is usually one block (or two, by parity).
/// </summary>
internal sealed class BlockPropagator
{
    private readonly int[][] _blocks;
    private readonly PropagatorLadder[] _ladders;
    private readonly double[][] _parts;

    private BlockPropagator(int[][] blocks, PropagatorLadder[] ladders, double longestStep)
    {
        _blocks = blocks;
        _ladders = ladders;
        _parts = blocks.Select(b => new double[b.Length]).ToArray();
        LongestStep = longestStep;
    }

    /// <summary>The longest step covered.</summary>
    public double LongestStep { get; }

    /// <summary>Matrix–vector products done so far, over all blocks.</summary>
    public long Products => _ladders.Sum(l => l.Products);

    /// <summary>What was built, for the run's statistics: blocks, the largest, its rung and squarings.</summary>
    public string Describe()
    {
        int largest = 0;
        for (int b = 1; b < _blocks.Length; b++)
        {
            if (_blocks[b].Length > _blocks[largest].Length) largest = b;
        }
        var ladder = _ladders[largest];
        return $"{_blocks.Length} independent block(s), the largest {_blocks[largest].Length} × {_blocks[largest].Length} with h = {ladder.BaseStep:G4} and {ladder.Squarings} squarings";
    }

    /// <summary>The ladders of every block of <paramref name="a"/>, for steps up to <paramref name="longestStep"/>.</summary>
    public static BlockPropagator Create(Matrix<double> a, double longestStep)
    {
        var blocks = Components(a);
        var ladders = new PropagatorLadder[blocks.Length];
        for (int b = 0; b < blocks.Length; b++)
        {
            var index = blocks[b];
            var sub = Matrix<double>.Build.Dense(index.Length, index.Length, (i, j) => a[index[i], index[j]]);
            ladders[b] = PropagatorLadder.Create(sub, longestStep);
        }
        return new BlockPropagator(blocks, ladders, longestStep);
    }

    /// <summary>x ← e^{A Δt} x for 0 ≤ Δt ≤ <see cref="LongestStep"/>.</summary>
    public void Advance(double[] x, double dt)
    {
        for (int b = 0; b < _blocks.Length; b++)
        {
            var index = _blocks[b];
            var part = _parts[b];
            for (int i = 0; i < index.Length; i++) part[i] = x[index[i]];
            _ladders[b].Advance(part, dt);
            for (int i = 0; i < index.Length; i++) x[index[i]] = part[i];
        }
    }

    private static int[][] Components(Matrix<double> a)
    {
        int n = a.RowCount;
        var parent = Enumerable.Range(0, n).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
        var values = a.AsColumnMajorArray() ?? a.ToColumnMajorArray();
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                if (values[i + j * n] == 0) continue;
                int ri = Root(i);
                int rj = Root(j);
                if (ri != rj) parent[ri] = rj;
            }
        }
        return Enumerable.Range(0, n).GroupBy(Root).Select(g => g.ToArray()).ToArray();
    }
}
