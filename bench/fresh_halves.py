"""Which fresh articles a bench run takes: the tuning sets' halves and ``--articles``.

Helpers read misses on a set's ``-tune`` half and confirm on its ``-check`` half (aggregates
only); the lead names each round's halves here, and the unread sets nowhere. From round
thirty-two on, sets made tuning data are taken whole (zs, zzzt) and confirmed on whole sets by
other writers that no helper reads (zzg, zzze, zzzs: aggregates only), named by their letters.
Round thirty-three added zzzv and zzzx to the whole tuning sets and zzq, zzzn to the checks;
round thirty-four added zzzz, zzh and zzza to the whole tuning sets; round thirty-five added
zq, zzz and zzzy; round thirty-six added zzzzf, and s, zo, zzzf, zg and zzc to the checks;
round thirty-seven added zzzzi and zzzzj, and zzzzg and zzzzh to the checks; round thirty-eight
added zzzzb, and zzzzk and zzzzl to the checks; round thirty-nine added zzzzn, and zzzzo and
zzzzp to the checks; round forty added zzzzr, and zzzzm and zzzzq to the checks.
"""

from __future__ import annotations

#: Halves of sets made tuning data: helpers read misses on ``-tune``, confirm on ``-check``.
#: Round ten split e by odd/even id; round thirteen split h+i (``hi-check`` is i8-i14);
#: round fourteen split j+k (``jk-check`` is k8-k11, k14) and, across sets, the French
#: articles (``fr-*``; ``fr-check`` also has its own set, ``bench/data/fresh_fr_check``).
HALVES = {"e-tune": tuple(f"e{i}" for i in range(1, 21, 2)),
          "e-check": tuple(f"e{i}" for i in range(2, 21, 2)),
          "hi-tune": ("h", *(f"i{i}" for i in range(1, 8))),
          "hi-check": tuple(f"i{i}" for i in range(8, 15)),
          "jk-tune": ("j", *(f"k{i}" for i in (1, 2, 3, 4, 5, 6, 7, 12, 13))),
          "jk-check": tuple(f"k{i}" for i in (8, 9, 10, 11, 14)),
          "fr-tune": ("h11", "h12", "k12", "k13"),
          "fr-check": ("i13", "i14", "k14"),
          "m-tune": tuple(f"m{i}" for i in range(1, 15, 2)),
          "m-check": tuple(f"m{i}" for i in range(2, 15, 2)),
          "n-tune": tuple(f"n{i}" for i in range(1, 15, 2)),
          "n-check": tuple(f"n{i}" for i in range(2, 15, 2))}
# Rounds sixteen (p, q, t), seventeen (v, w, x, y), eighteen (za, zb), nineteen (zc, zf),
# twenty (zk, zm), twenty-one (zl, zr), twenty-two (zv, zy), twenty-three (zp, zz),
# twenty-four (zt, zw, zzi), twenty-five (zzj, zzk, zzm), twenty-six (zzo, zzp, zzr),
# twenty-seven (zzt, zzu, zzw), twenty-eight (zzy, zzzb, zzzc), twenty-nine (zzzd, zzzg,
# zzzh), thirty (zzv, zzzi, zzzj) and thirty-one (ze, zzzo, zzzp):
# tuning sets split by parity, as m and n.
for _letter in ("p", "q", "t", "v", "w", "x", "y", "za", "zb", "zc", "zf", "zk", "zm", "zl",
                "zr", "zv", "zy", "zp", "zz", "zt", "zw", "zzi", "zzj", "zzk", "zzm", "zzo", "zzp",
                "zzr", "zzt", "zzu", "zzv", "zzw", "zzy", "zzzb", "zzzc", "zzzd", "zzzg", "zzzh",
                "zzzi", "zzzj", "ze", "zzzo", "zzzp"):
    HALVES[f"{_letter}-tune"] = tuple(f"{_letter}{i}" for i in range(1, 15, 2))
    HALVES[f"{_letter}-check"] = tuple(f"{_letter}{i}" for i in range(2, 15, 2))
HALVES["mn-tune"] = HALVES["m-tune"] + HALVES["n-tune"]
HALVES["mn-check"] = HALVES["m-check"] + HALVES["n-check"]
HALVES["pt-tune"] = HALVES["p-tune"] + HALVES["t-tune"]
HALVES["pt-check"] = HALVES["p-check"] + HALVES["t-check"]
HALVES["vxy-tune"] = HALVES["v-tune"] + HALVES["x-tune"] + HALVES["y-tune"]
HALVES["vxy-check"] = HALVES["v-check"] + HALVES["x-check"] + HALVES["y-check"]
HALVES["zab-tune"] = HALVES["za-tune"] + HALVES["zb-tune"]
HALVES["zab-check"] = HALVES["za-check"] + HALVES["zb-check"]
HALVES["zcf-tune"] = HALVES["zc-tune"] + HALVES["zf-tune"]
HALVES["zcf-check"] = HALVES["zc-check"] + HALVES["zf-check"]
HALVES["zkm-tune"] = HALVES["zk-tune"] + HALVES["zm-tune"]
HALVES["zkm-check"] = HALVES["zk-check"] + HALVES["zm-check"]
HALVES["zlr-tune"] = HALVES["zl-tune"] + HALVES["zr-tune"]
HALVES["zlr-check"] = HALVES["zl-check"] + HALVES["zr-check"]
HALVES["zvy-tune"] = HALVES["zv-tune"] + HALVES["zy-tune"]
HALVES["zvy-check"] = HALVES["zv-check"] + HALVES["zy-check"]
HALVES["zpzz-tune"] = HALVES["zp-tune"] + HALVES["zz-tune"]
HALVES["zpzz-check"] = HALVES["zp-check"] + HALVES["zz-check"]
HALVES["zwzzi-tune"] = HALVES["zw-tune"] + HALVES["zzi-tune"]
HALVES["zwzzi-check"] = HALVES["zw-check"] + HALVES["zzi-check"]
HALVES["zzjk-tune"] = HALVES["zzj-tune"] + HALVES["zzk-tune"]
HALVES["zzjk-check"] = HALVES["zzj-check"] + HALVES["zzk-check"]
HALVES["zzop-tune"] = HALVES["zzo-tune"] + HALVES["zzp-tune"]
HALVES["zzop-check"] = HALVES["zzo-check"] + HALVES["zzp-check"]
HALVES["zztu-tune"] = HALVES["zzt-tune"] + HALVES["zzu-tune"]
HALVES["zztu-check"] = HALVES["zzt-check"] + HALVES["zzu-check"]
HALVES["zzyc-tune"] = HALVES["zzy-tune"] + HALVES["zzzc-tune"]
HALVES["zzyc-check"] = HALVES["zzy-check"] + HALVES["zzzc-check"]
HALVES["zzzdh-tune"] = HALVES["zzzd-tune"] + HALVES["zzzh-tune"]
HALVES["zzzdh-check"] = HALVES["zzzd-check"] + HALVES["zzzh-check"]
HALVES["zzzij-tune"] = HALVES["zzzi-tune"] + HALVES["zzzj-tune"]
HALVES["zzzij-check"] = HALVES["zzzi-check"] + HALVES["zzzj-check"]
HALVES["zzzop-tune"] = HALVES["zzzo-tune"] + HALVES["zzzp-tune"]
HALVES["zzzop-check"] = HALVES["zzzo-check"] + HALVES["zzzp-check"]


def chosen(article: str, prefixes: tuple[str, ...]) -> bool:
    """Whether an article id is selected by ``--articles``: a set's letters (``e``) take all
    its articles, an id (``e1``) that one only; no selection, every article. Set letters
    match whole (``zz`` is not ``zza``), so a two-letter set never selects a longer one."""
    letters = article.rstrip("0123456789")
    return not prefixes or any(article == p or (p.isalpha() and letters == p) for p in prefixes)
