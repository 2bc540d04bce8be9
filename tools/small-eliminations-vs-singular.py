#!/usr/bin/env python3
"""Whole-process wall time of `elimination neurovariety --equations` against Singular's `eliminate` on every
MLP with <= 12 parameters and <= 10 output coordinates (sigma = x^2..x^5), bias-free or (--bias) with a bias on
every neuron (counted among the parameters; the outputs then have all monomials of degree <= D), interleaved, min of N.
Usage: tools/small-eliminations-vs-singular.py [--runs 10] [--timeout 120] [--runner elimination] [--bias]
Prints one line per network with the ratio ours / Singular (the README's small-elimination figures)."""
import argparse, itertools, math, subprocess, tempfile, threading, time, os

def networks(bias):
    for layers in (2, 3):
        for w in itertools.product(range(1, 6), repeat=layers + 1):
            params = sum(w[i] * w[i + 1] + (w[i + 1] if bias else 0) for i in range(layers))
            if w[0] < 2 or params > 12: continue
            for r in (2, 3, 4, 5):
                deg = r ** (layers - 1)
                if 2 <= coordinates(w, deg, bias) <= 10: yield w, r

def coordinates(w, deg, bias):
    # Without biases an output is a form of degree deg; with them, any polynomial of degree <= deg.
    return w[-1] * math.comb(w[0] + deg - (0 if bias else 1), deg)

def singular_script(w, r, bias=False):
    """The network built in Singular itself: layer by layer, outputs' coefficients in x by coef, then eliminate."""
    layers, d0, deg = len(w) - 1, w[0], r ** (len(w) - 2)
    params = sum(w[i] * w[i + 1] for i in range(layers))
    biases = sum(w[1:]) if bias else 0
    coords = coordinates(w, deg, bias)
    lines = [f"ring R = 0,(w(1..{params}),{f'b(1..{biases}),' if bias else ''}x(1..{d0}),y(1..{coords})),dp;"]
    k, kb, prev = 1, 1, [f"x({i + 1})" for i in range(d0)]
    for l in range(layers):
        cur = []
        for j in range(w[l + 1]):
            terms = []
            for p in prev:
                terms.append(f"w({k})*({p})"); k += 1
            if bias: terms.append(f"b({kb})"); kb += 1
            name = f"h{l}_{j}"
            lines.append(f"poly {name} = {'+'.join(terms)};")
            if l < layers - 1: lines.append(f"{name} = {name}^{r};")
            cur.append(name)
        prev = cur
    xs = "*".join(f"x({i + 1})" for i in range(d0))
    lines.append("ideal I; int k = 1; int i; matrix C;")
    for name in prev:
        lines.append(f"C = coef({name}, {xs}); for (i = 1; i <= ncols(C); i++) {{ I = I + (y(k) - C[2,i]); k++; }}")
    eliminated = [f"w({i + 1})" for i in range(params)] + [f"b({i + 1})" for i in range(biases)]
    lines.append(f"ideal E = eliminate(I, {'*'.join(eliminated)}*{xs});")
    lines.append("print(size(E)); quit;")
    return "\n".join(lines)

def wall(cmd, timeout):
    # A blocking wait with a timer to kill: subprocess.run(timeout=...) polls with sleeps of up to 50 ms, which
    # rounded every time above ~64 ms up to the next poll (the figures were multiples of 50 ms plus a constant).
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timer = threading.Timer(timeout, p.kill)
    timer.start()
    try: code = p.wait()
    finally: timer.cancel()
    elapsed = time.perf_counter() - t
    return elapsed if code == 0 else None

def main():
    a = argparse.ArgumentParser()
    a.add_argument("--runs", type=int, default=10)
    a.add_argument("--timeout", type=float, default=120)
    a.add_argument("--runner", default="elimination")
    a.add_argument("--bias", action="store_true")
    args = a.parse_args()
    tmp = tempfile.mkdtemp()
    for w, r in networks(args.bias):
        script = os.path.join(tmp, "net.sing")
        open(script, "w").write(singular_script(w, r, args.bias))
        widths = ",".join(map(str, w))
        ours_cmd = [args.runner, "neurovariety", "--arch", "mlp", "--widths", widths, "--activation", f"x^{r}",
                    "--equations", "-o", os.path.join(tmp, "out.txt")] + (["--bias"] if args.bias else [])
        sing_cmd = ["Singular", "-q", script]
        ours = sing = math.inf
        for _ in range(args.runs):  # interleaved: both sides see the same machine load
            o = wall(ours_cmd, args.timeout); s = wall(sing_cmd, args.timeout)
            if o is None or s is None:
                # One side timed out: the other's time from this run still counts.
                ours = min(ours, o) if o is not None else None; sing = min(sing, s) if s is not None else None
                break
            ours, sing = min(ours, o), min(sing, s)
        fmt = lambda t: "timeout" if t is None else f"{t * 1000:.1f} ms"
        ratio = f"{ours / sing:.2f}" if ours is not None and sing is not None else "-"
        print(f"({widths}) x^{r}: ours {fmt(ours)}, Singular {fmt(sing)}, ratio {ratio}", flush=True)

if __name__ == "__main__":
    main()
