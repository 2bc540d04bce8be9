#!/usr/bin/env python3
"""Lex Groebner bases of zero-dimensional systems: `elimination groebner FILE --order lex` (grevlex F4 + FGLM) against
Singular's `stdfglm` (grevlex std + FGLM), interleaved, min of N rounds. Both times are in-tool (start-up and parsing
excluded): ours the `# seconds:` header, Singular's `rtimer` around stdfglm. Each basis is also compared with Singular's
(the printed polynomials, as sets), so a line is only a timing when the answers agree.
Usage: tools/lex-vs-singular.py [--runs 3] [--timeout 300] [--runner elimination] [--data /work/shared/systems]
                                [--systems katsura7-gf32003,...] [--threads 1]"""
import argparse, os, re, subprocess, tempfile

DEFAULT = ("katsura7-gf32003,katsura8-gf32003,katsura9-gf32003,katsura10-gf32003,cyclic6-gf32003,cyclic7-gf32003,"
           "katsura5-qq,katsura6-qq,cyclic5-qq")

def parse_sys(path):
    field, names, polys, in_polys = None, None, [], False
    for line in open(path):
        line = line.split('#')[0].strip()
        if not line: continue
        if line.startswith('field:'): field = line[6:].strip()
        elif line.startswith('vars:'): names = line[5:].strip()
        elif line.startswith('order:'): continue
        elif line.startswith('polys:'): in_polys = True
        elif in_polys: polys.append(line.rstrip(','))
    return field, names, polys

def run(cmd, timeout, stdin=None):
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout)
        return p.stdout if p.returncode == 0 else None
    except subprocess.TimeoutExpired:
        return None

def ours(runner, path, threads, timeout):
    out = run([runner, "groebner", path, "--order", "lex", "--threads", str(threads)], timeout)
    if out is None: return None, None
    seconds = float(re.search(r"^# seconds: (\S+)", out, re.M).group(1))
    body = out[out.index("polys:") + 6:]
    return seconds, {p.strip().rstrip(',') for p in body.split('\n') if p.strip()}

def singular(field, names, polys, timeout):
    char = 0 if field == "QQ" else int(re.search(r"\d+", field).group(0))
    script = (f"ring R = {char},({names}),lp; option(redSB); ideal I = {','.join(polys)};\n"
              'system("--ticks-per-sec",1000000); int t = rtimer; ideal G = stdfglm(I); int e = rtimer - t;\n'
              'short = 0; print("seconds " + string(e)); int i; for (i = 1; i <= size(G); i++) { print(G[i] / leadcoef(G[i])); } quit;\n')
    out = run(["Singular", "-q"], timeout, script)
    if out is None: return None, None
    lines = [l for l in out.split('\n') if l.strip()]
    seconds = int(lines[0].split()[1]) / 1e6
    return seconds, set(lines[1:])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--runner", default="elimination")
    ap.add_argument("--data", default="/work/shared/systems")
    ap.add_argument("--systems", default=DEFAULT)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    print(f"# lex via FGLM, ours (--threads {a.threads}) against Singular stdfglm; in-tool seconds, min of {a.runs} interleaved rounds")
    print(f"{'system':20} {'ours':>10} {'Singular':>10} {'ratio':>7}  basis")
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.systems.split(','):
            field, names, polys = parse_sys(os.path.join(a.data, name + ".sys"))
            path = os.path.join(tmp, name + ".sys")  # without its order line, so --order lex is the only order
            with open(path, "w") as f:
                f.write(f"field: {field}\nvars: {names}\npolys:\n" + "\n".join(polys) + "\n")
            best_ours = best_sing = None
            agree = None
            for _ in range(a.runs):
                t1, b1 = ours(a.runner, path, a.threads, a.timeout)
                t2, b2 = singular(field, names, polys, a.timeout)
                if t1 is not None: best_ours = t1 if best_ours is None else min(best_ours, t1)
                if t2 is not None: best_sing = t2 if best_sing is None else min(best_sing, t2)
                if b1 is not None and b2 is not None: agree = (b1 == b2) if agree is None else agree and b1 == b2
            ratio = f"{best_ours / best_sing:7.2f}" if best_ours and best_sing else "      -"
            fmt = lambda t: f"{t:10.3f}" if t is not None else "   timeout"
            print(f"{name:20} {fmt(best_ours)} {fmt(best_sing)} {ratio}  "
                  f"{'same as Singular' if agree else 'DIFFERENT' if agree is False else 'not compared'}", flush=True)

if __name__ == "__main__":
    main()
