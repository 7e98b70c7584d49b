"""review54: generate varied articles of my own (templates x names x verbs) for speed54's
output-identity probe: rows lang|title|body."""
import itertools, random
random.seed(54)
EN_NAMES = ["Nora Quigley", "Dan Okafor", "Priya Raman", "Seán Ó Briain", "Mary-Kate Dunne", "Tom Reyes", "Aisling Nic Giolla", "James McAvoy-Hart"]
EN_ROLES = ["council leader", "Health Minister", "chief executive", "Cllr", "Detective Inspector", "the union's general secretary", "TD", "MSP"]
EN_VERBS = ["said", "told reporters", "added", "warned", "insisted", "claimed", "denied", "admitted"]
FR_NAMES = ["Nora Quigley", "Jean-Marc Ayrault", "Aminata Diallo", "Éloïse Ferrand", "Kofi Mensah", "Marie-Ève Tremblay", "Luc Berthou", "Hervé Lamarque"]
FR_ROLES = ["la maire", "le ministre de l'Intérieur", "le procureur", "la directrice", "le porte-parole du gouvernement", "l'avocat de la défense", "le bourgmestre", "la conseillère d'État"]
FR_VERBS = ["a déclaré", "a affirmé", "a-t-il ajouté", "estime", "nie", "a reconnu", "confie", "a lancé"]
EN_T = [
 '"{q}," {v} {r} {n}. "{q2}" {n2} {g}.',
 '{r} {n} {v} the plan was "{q}". {n2}, who chairs the committee, said: "{q2}"',
 'Asked about the vote, {n} {v}: "{q}" The {r2} did not respond. "{q2}," {s} added.',
 '{n}, a {r}, {v} that {p}. "{q}," {s} {v}.',
 'Q: {q}?\nA: {q2}\n{n} {v} later that {p}.',
 'According to {n}, {p}. But {n2} disagreed: "{q}"',
 '"{q}" That was how {n} put it on Tuesday. {n2} was less sure. "{q2}," {s2} said.',
 'The {r2} said on Monday that {p}, and that "{q}". {n} did not comment.',
]
FR_T = [
 '« {q} », {v} {r}, {n}. « {q2} » {n2} {g}.',
 '{n}, {r}, {v} que {p}. « {q} », a-t-elle ajouté.',
 'Interrogé par nos soins, {n} {v} : « {q} » {R2} n\'a pas souhaité réagir.',
 '— {q} ?\n— {q2}, répond {n}.',
 'Selon {n}, {p}. Mais {n2} ne l\'entend pas ainsi : « {q} »',
 '« {q} », {v} {n}, qui ne {neg} pas que {p}.',
 'Pour {r} {n}, « {q} ». {n2} {g}.',
 '{R2} a reçu {n} mardi. « {q} », a-t-il dit. Puis {n2} a pris la parole : « {q2} »',
]
EN_Q = ["We will not back down", "This is a matter for the courts", "Nobody told us anything", "The money is simply not there", "I have done nothing wrong", "It is too early to say"]
FR_Q = ["Nous ne reculerons pas", "C'est une affaire de justice", "Personne ne nous a prévenus", "L'argent n'est pas là", "Je n'ai rien fait de mal", "Il est trop tôt pour le dire"]
EN_P = ["the budget would be cut", "talks had broken down", "the report was flawed", "the road would reopen in March"]
FR_P = ["le budget serait réduit", "les négociations étaient rompues", "le rapport était bâclé", "la route rouvrirait en mars"]
EN_G = ["nodded", "disagreed", "smiled", "said nothing", "walked out", "shook his head"]
FR_G = ["a souri", "n'a pas réagi", "a hoché la tête", "est parti", "conteste", "dément"]
rows = []
for i in range(160):
    if i % 2 == 0:
        t = EN_T[i // 2 % len(EN_T)]
        n, n2 = random.sample(EN_NAMES, 2)
        body = " ".join(t.format(q=random.choice(EN_Q), q2=random.choice(EN_Q), v=random.choice(EN_VERBS), r=random.choice(EN_ROLES), r2=random.choice(EN_ROLES), n=n, n2=n2, g=random.choice(EN_G), s=random.choice(["he", "she"]), s2=random.choice(["he", "she"]), p=random.choice(EN_P)) for _ in range(1 + i % 3))
        rows.append(f"en|Story {i}|{body}".replace("\n", "\\n"))
    else:
        t = FR_T[i // 2 % len(FR_T)]
        n, n2 = random.sample(FR_NAMES, 2)
        body = " ".join(t.format(q=random.choice(FR_Q), q2=random.choice(FR_Q), v=random.choice(FR_VERBS), r=random.choice(FR_ROLES), R2=random.choice(FR_ROLES).capitalize(), n=n, n2=n2, g=random.choice(FR_G), neg=random.choice(["nie", "conteste", "cache"]), p=random.choice(FR_P)) for _ in range(1 + i % 3))
        rows.append(f"fr|Article {i}|{body}".replace("\n", "\\n"))
print("\n".join(rows))
