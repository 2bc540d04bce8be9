#!/usr/bin/env python3
"""Whole-process wall time of `elimination neurovariety --equations` against Singular's `eliminate` on every
bias-free MLP with <= 12 parameters and <= 10 output coordinates (sigma = x^2..x^5), interleaved, min of N.
Usage: tools/small-eliminations-vs-singular.py [--runs 10] [--timeout 120] [--runner elimination]
Prints one line per network with the ratio ours / Singular (the README's small-elimination figures)."""
import argparse, itertools, math, subprocess, tempfile, threading, time, os

def networks():
    for layers in (2, 3):
        for w in itertools.product(range(1, 6), repeat=layers + 1):
            if w[0] < 2 or sum(w[i] * w[i + 1] for i in range(layers)) > 12: continue
            for r in (2, 3, 4, 5):
                deg = r ** (layers - 1)
                if 2 <= w[-1] * math.comb(w[0] + deg - 1, deg) <= 10: yield w, r

def singular_script(w, r):
    """The network built in Singular itself: layer by layer, outputs' coefficients in x by coef, then eliminate."""
    layers, d0, deg = len(w) - 1, w[0], r ** (len(w) - 2)
    params = sum(w[i] * w[i + 1] for i in range(layers))
    coords = w[-1] * math.comb(d0 + deg - 1, deg)
    lines = [f"ring R = 0,(w(1..{params}),x(1..{d0}),y(1..{coords})),dp;"]
    k, prev = 1, [f"x({i + 1})" for i in range(d0)]
    for l in range(layers):
        cur = []
        for j in range(w[l + 1]):
            terms = []
            for p in prev:
                terms.append(f"w({k})*({p})"); k += 1
            name = f"h{l}_{j}"
            lines.append(f"poly {name} = {'+'.join(terms)};")
            if l < layers - 1: lines.append(f"{name} = {name}^{r};")
            cur.append(name)
        prev = cur
    xs = "*".join(f"x({i + 1})" for i in range(d0))
    lines.append("ideal I; int k = 1; int i; matrix C;")
    for name in prev:
        lines.append(f"C = coef({name}, {xs}); for (i = 1; i <= ncols(C); i++) {{ I = I + (y(k) - C[2,i]); k++; }}")
    lines.append(f"ideal E = eliminate(I, {'*'.join(f'w({i + 1})' for i in range(params))}*{xs});")
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
    args = a.parse_args()
    tmp = tempfile.mkdtemp()
    for w, r in networks():
        script = os.path.join(tmp, "net.sing")
        open(script, "w").write(singular_script(w, r))
        widths = ",".join(map(str, w))
        ours_cmd = [args.runner, "neurovariety", "--arch", "mlp", "--widths", widths, "--activation", f"x^{r}",
                    "--equations", "-o", os.path.join(tmp, "out.txt")]
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
