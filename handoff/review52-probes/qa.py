"""Q&A layouts with an author: who asks, who answers."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
items = {
 "wsj-cfo": ("Ruth Ellis", "CFO Journal: Harbor Foods' finance chief on pricing", "Dana Whitfield became chief financial officer of Harbor Foods in 2023.\n\nWSJ: When did you decide to raise prices?\n\nMs. Whitfield: Last winter, when cocoa costs doubled and we could not absorb them any longer without hurting the business.\n\nWSJ: Will you raise them again?\n\nMs. Whitfield: Not this year. We think the consumer has taken enough for now and we will wait and see."),
 "npr": ("Tom Reyes", "Aid in Gaza", "I spoke with aid worker Leila Haddad by phone.\n\nNPR: Is aid getting through?\n\nHaddad: Very little. The trucks wait for days at the crossing and many are turned back without any reason given.\n\nNPR: What do people need most?\n\nHaddad: Water and fuel, above all. Without fuel the pumps stop and then there is no clean water for anyone."),
 "pmqs-initials": ("Ruth Ellis", "PMQs in full", "Here is the exchange in full.\n\nKB: Will the Prime Minister admit his plan has failed?\n\nPM: No. The plan is working and the figures published this morning show it is working across the country.\n\nKB: Then why are waiting lists rising?\n\nPM: They are falling, as she knows very well, and they will fall further next year because of our investment."),
 "party-questions": ("Ruth Ellis", "Parties react to the budget", "The parties reacted on Wednesday.\n\nSNP: Where is the money for Scotland?\n\nLabour: This is a budget for working people and for the families who have waited too long for help.\n\nSNP: Why were we not consulted?"),
 "mixed-label": ("Ruth Ellis", "Interview", "WSJ: Tell us about the plan.\n\nMs. Whitfield: We will grow in Europe first and then in Asia, where demand for our products is rising fast.\n\nWSJ: Why now?\n\nMs. Whitfield: Because demand is there and our competitors are still cutting back after a difficult year."),
 "caps-surname": ("Ruth Ellis", "Transcript", "The hearing continued.\n\nLEE: Did you see the defendant?\n\nMORAN: Yes, at about ten in the morning, near the gate of the harbour where the boats come in.\n\nLEE: Where?\n\nMORAN: At the harbour, beside the ice plant, where he was talking to two other men in a blue van."),
 "q-a-plain": ("Ruth Ellis", "Five questions", "Q: Why raise now?\n\nA: Because the market is there and investors were ready to put money in at a good price for us.\n\nQ: What next?\n\nA: Europe, starting with Germany and France, where we already have a few hundred customers."),
}
for name, (author, title, text) in items.items():
    a = p.enrich(RawArticle(id=name, title=title, text=text, language="en", author=author))
    print("==", name)
    for q in a.quotes:
        print(f"    {q.text[:50]!r} -> {q.speaker} ({q.speaker_kind})")
