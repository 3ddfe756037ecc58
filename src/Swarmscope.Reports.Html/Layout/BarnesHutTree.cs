namespace Swarmscope.Reports.Html;

/// <summary>
/// A quadtree over node positions with each cell's mass and centre of mass, rebuilt every layout step, so repulsion
/// from far cells is one term instead of one per node (O(n log n) per step). Cells live in flat arrays.
/// </summary>
internal sealed class BarnesHutTree
{
    private const int MaxDepth = 48;
    private int _count;
    private double[] _cx = [], _cy = [], _mass = [], _x0 = [], _y0 = [], _size = [];
    /// <summary>First child cell (four in a row) or −1 for a leaf.</summary>
    private int[] _child = [];
    /// <summary>The node in a leaf (−1 when empty); a leaf at the depth limit may hold several nodes' mass.</summary>
    private int[] _body = [];

    public BarnesHutTree(int nodes) => Grow(Math.Max(16, nodes * 3));

    private void Grow(int capacity)
    {
        Array.Resize(ref _cx, capacity); Array.Resize(ref _cy, capacity); Array.Resize(ref _mass, capacity);
        Array.Resize(ref _x0, capacity); Array.Resize(ref _y0, capacity); Array.Resize(ref _size, capacity);
        Array.Resize(ref _child, capacity); Array.Resize(ref _body, capacity);
    }

    public void Build(double[] x, double[] y, double[] mass)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < x.Length; i++)
        {
            minX = Math.Min(minX, x[i]); maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]); maxY = Math.Max(maxY, y[i]);
        }
        var size = Math.Max(maxX - minX, maxY - minY) + 1e-9;
        _count = 0;
        var root = NewCell(minX, minY, size);
        for (var i = 0; i < x.Length; i++) Insert(root, i, x, y, mass, 0);
    }

    private int NewCell(double x0, double y0, double size)
    {
        if (_count + 4 >= _cx.Length) Grow(_cx.Length * 2);
        var c = _count++;
        _x0[c] = x0; _y0[c] = y0; _size[c] = size;
        _cx[c] = 0; _cy[c] = 0; _mass[c] = 0;
        _child[c] = -1; _body[c] = -1;
        return c;
    }

    private void Insert(int cell, int node, double[] x, double[] y, double[] mass, int depth)
    {
        while (true)
        {
            var m = mass[node];
            var total = _mass[cell] + m;
            _cx[cell] = (_cx[cell] * _mass[cell] + x[node] * m) / total;
            _cy[cell] = (_cy[cell] * _mass[cell] + y[node] * m) / total;
            var wasEmpty = _mass[cell] == 0;
            _mass[cell] = total;
            if (_child[cell] < 0)
            {
                if (wasEmpty) { _body[cell] = node; return; }
                if (depth >= MaxDepth) return; // same spot: the leaf keeps the combined mass
                // Split: move the resident node down, then place this one.
                var resident = _body[cell];
                _body[cell] = -1;
                var half = _size[cell] / 2;
                var first = NewCell(_x0[cell], _y0[cell], half);
                NewCell(_x0[cell] + half, _y0[cell], half);
                NewCell(_x0[cell], _y0[cell] + half, half);
                NewCell(_x0[cell] + half, _y0[cell] + half, half);
                _child[cell] = first;
                if (resident >= 0)
                {
                    var rc = Quadrant(cell, x[resident], y[resident]);
                    Insert(rc, resident, x, y, mass, depth + 1);
                }
            }
            cell = Quadrant(cell, x[node], y[node]);
            depth++;
        }
    }

    private int Quadrant(int cell, double px, double py)
    {
        var half = _size[cell] / 2;
        var q = (px >= _x0[cell] + half ? 1 : 0) + (py >= _y0[cell] + half ? 2 : 0);
        return _child[cell] + q;
    }

    /// <summary>FA2's repulsion on one node: scaling × m_i × m_c / d from every cell far enough (size/d &lt; θ) or a leaf.</summary>
    public (double Fx, double Fy) Repulsion(int node, double px, double py, double m, double scaling, double theta)
    {
        double fx = 0, fy = 0;
        Span<int> stack = stackalloc int[4 * MaxDepth + 8];
        var top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            var c = stack[--top];
            if (_mass[c] == 0) continue;
            var dx = px - _cx[c];
            var dy = py - _cy[c];
            var d2 = dx * dx + dy * dy;
            if (_child[c] < 0)
            {
                if (_body[c] == node || d2 <= 0) continue;
                var f = scaling * m * _mass[c] / d2;
                fx += dx * f; fy += dy * f;
                continue;
            }
            var d = Math.Sqrt(d2);
            if (d > 0 && _size[c] / d < theta && !Contains(c, px, py))
            {
                var f = scaling * m * _mass[c] / d2;
                fx += dx * f; fy += dy * f;
                continue;
            }
            var first = _child[c];
            for (var k = 0; k < 4; k++) stack[top++] = first + k;
        }
        return (fx, fy);
    }

    // A cell holding the node itself is always opened, so a node never repels itself through an aggregate.
    private bool Contains(int c, double px, double py) =>
        px >= _x0[c] && px < _x0[c] + _size[c] && py >= _y0[c] && py < _y0[c] + _size[c];
}
