#!/usr/bin/env python3
"""How often the 95% intervals of corpus mode's quote and passage figures hold the true rate, by number of events m.

Simulated outlets: m events of 1 + Poisson(4) quotes each; each event's rate drawn from a Beta of mean p and
intra-event correlation rho (0: events alike). For each m, p and rho, 1,000 outlets; per outlet the percentile bootstrap
over events as Proportion.byEvent draws it (500 resamples here) and the Wilson interval over quotes. Prints the
coverage of each, the bootstrap's among the outlets whose count is neither 0 nor all ("non-degenerate"), and how
often the count is 0 or all ("degen": the bootstrap is then one point). Chose Proportion.MIN_RESAMPLED_EVENTS (46th
session, docs/evaluation.md). Run: python3 bench/scripts/bootstrap_coverage.py (numpy; about 2 minutes).
"""
import numpy as np, math
rng=np.random.default_rng(46)
Z=1.959963984540054
def wilson(c,t):
    p=c/t; d=1+Z*Z/t; ce=(p+Z*Z/(2*t))/d; h=Z*math.sqrt(p*(1-p)/t+Z*Z/(4*t*t))/d
    return (0 if c==0 else max(0,ce-h), 1 if c==t else min(1,ce+h))
def trial(m,p,rho,B=500):
    n=1+rng.poisson(4,m)
    if rho>0:
        a=p*(1-rho)/rho; b=(1-p)*(1-rho)/rho; q=rng.beta(a,b,m)
    else: q=np.full(m,p)
    c=rng.binomial(n,q)
    idx=rng.integers(0,m,(B,m))
    rates=c[idx].sum(1)/n[idx].sum(1)
    rates.sort()
    lo,hi=rates[round(0.025*(B-1))],rates[round(0.975*(B-1))]
    wl,wh=wilson(c.sum(),n.sum())
    deg = c.sum()==0 or c.sum()==n.sum()
    return (lo<=p<=hi),(wl<=p<=wh),deg,(max(lo,wl)<=p<=max(hi,wh)) , (min(lo,wl)<=p<=max(hi,wh))
for p in (0.05,0.2,0.5):
  for rho in (0.0,0.2):
    row=[]
    for m in (2,3,4,5,6,8,10,15,20,30):
        R=[trial(m,p,rho) for _ in range(1000)]
        boot=np.mean([r[0] for r in R]); wil=np.mean([r[1] for r in R]); deg=np.mean([r[2] for r in R])
        nd=[r for r in R if not r[2]]
        bnd=np.mean([r[0] for r in nd]) if nd else float('nan')
        wider=np.mean([r[4] for r in R])
        row.append(f"m={m}: boot {boot:.2f} (non-degenerate {bnd:.2f}) wilson {wil:.2f} union {wider:.2f} degen {deg:.2f}")
    print(f"p={p} rho={rho}"); print("\n".join("  "+r for r in row))
