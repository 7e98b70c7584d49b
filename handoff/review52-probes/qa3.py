"""review52: en52 outlet labels with a named answerer; neighbours whose letters or The-names are no outlet."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
A1 = "They are under severe pressure, and we have been warning about that for the best part of two years now."
A2 = "Release some short-term prisoners early, as we did in 2024, while the new places are being built."
def qa(intro, asker, answerer, q1="Are the prisons full?", q2="What will you do?"):
    return f"{intro}\n\n{asker}: {q1}\n\n{answerer}: {A1}\n\n{asker}: {q2}\n\n{answerer}: {A2}"
items = {
 "wsj-named": qa("Dana Harper became chief executive of Harbor Foods in 2023.", "WSJ", "Harper", "When did you decide to sell?", "Any regrets?"),
 "ft-statement-prompts": qa("Dana Harper became chief executive of Harbor Foods in 2023.", "FT", "Harper", "Tell us about the plan.", "Critics say you sold too early."),
 "snap-party": qa("Anas Sarwar faced questions from the other parties on Tuesday.", "SNP", "Sarwar", "Where is the money for Scotland?", "Why were we not consulted?"),
 "dpp-court": qa("Witness Mary Doyle gave evidence on the third day of the trial.", "DPP", "Doyle", "Did you see the defendant?", "Where was he?"),
 "kb-initials": qa("Prime Minister Keir Starmer faced Kemi Badenoch in the Commons.", "KB", "Starmer", "Will he admit his plan has failed?", "Then why are waiting lists rising?"),
 "mp-letters": qa("Housing Minister Matthew Pennycook appeared before the committee.", "MP", "Pennycook", "Are the targets realistic?", "When will you know?"),
 "nasa-agency": qa("Boeing's Mark Nappi briefed the agency on Friday.", "NASA", "Nappi", "Is the launch still on for Friday?", "And the crew?"),
 "the-committee-cited": qa("Angela Constance told The Justice Committee that things were bad.", "The Justice Committee", "Constance"),
 "the-chair-cited": qa("Angela Constance answered The Convener at length on Tuesday.", "The Convener", "Constance"),
 "the-minister-cited": qa("Mark Kilbane wrote to The Minister for Housing last week.", "The Minister", "Kilbane", "Are the figures right?", "Will you wait?"),
 "the-prosecution": qa("Witness Mary Doyle was cross-examined by The Crown on Tuesday.", "The Crown", "Doyle", "Did you see the defendant?", "Where was he?"),
 "stv-intro": qa("Justice Secretary Angela Constance spoke to STV News about the prisons crisis.", "STV News", "Constance"),
 "journal-questions": qa("Councillor Mark Kilbane told The Journal that the plan was fair.", "The Journal", "Kilbane", "Were residents consulted?", "Will you meet them?"),
 "the-times-cited": qa("Rachel Reeves told The Times that growth was coming.", "The Times", "Reeves", "When?", "And taxes?"),
 "us-letters-country": qa("Trade envoy Jamieson Greer met his EU counterpart.", "EU", "Greer", "Where next for trade?", "Will tariffs rise?"),
 "rte": qa("The Taoiseach Micheál Martin spoke to RTÉ News on Sunday.", "RTÉ News", "Martin", "Will there be an election?", "When?"),
 "author-initials": qa("Dana Harper became chief executive of Harbor Foods in 2023.", "RE", "Harper", "When did you decide to sell?", "Any regrets?"),
 "interviewer-initials": qa("Dana Harper became chief executive of Harbor Foods in 2023. She spoke to Tom Reyes.", "TR", "Harper", "When did you decide to sell?", "Any regrets?"),
 "presiding-officer": qa("Angela Constance answered The Presiding Officer at length.", "The Presiding Officer", "Constance"),
 "coroner": qa("Witness Mary Doyle told The Coroner what she saw.", "The Coroner", "Doyle", "Did you see the car?", "Where was it?"),
 "hse-agency": qa("Minister Jennifer Carroll MacNeill met the executive.", "HSE", "Carroll MacNeill", "Are the beds funded?", "When will they open?"),
}
for name, text in items.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    try:
        a = p.enrich(RawArticle(id=name, title="Interview", text=text, language="en", author="Ruth Ellis"))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    print("==", name)
    for q in a.quotes:
        print(f"    {q.text[:50]!r} -> {q.speaker} ({q.speaker_kind})")
