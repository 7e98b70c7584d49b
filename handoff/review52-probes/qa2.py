"""review52: Q&A layouts with outlet labels (en52): who asks, who answers; neighbours that are no outlet."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
A1 = "They are under severe pressure, and we have been warning about that for the best part of two years now."
A2 = "Release some short-term prisoners early, as we did in 2024, while the new places are being built."
items = {
 "stv-intro": ("Ruth Ellis", "Prisons", f"Justice Secretary Angela Constance spoke to STV News about the prisons crisis.\n\nSTV News: Are the prisons full?\n\nConstance: {A1}\n\nSTV News: What will you do?\n\nConstance: {A2}"),
 "journal-cited": ("Ciara Byrne", "Kilbane interview", f"Councillor Mark Kilbane told The Journal that the plan was fair.\n\nThe Journal: Residents say they weren't consulted.\n\nKilbane: {A1}\n\nThe Journal: Will you meet them?\n\nKilbane: {A2}"),
 "letters-nointro": ("Dana Ross", "CFO talk", f"WSJ: When did you decide to sell?\n\nHarper: {A1}\n\nWSJ: Any regrets?\n\nHarper: {A2}"),
 "letters-statement-prompts": ("Dana Ross", "CFO talk", f"FT: Tell us about the plan.\n\nHarper: {A1}\n\nFT: You sold too early, critics say.\n\nHarper: {A2}"),
 "letters-party-debate": ("Ruth Ellis", "Debate", f"The leaders clashed on Tuesday.\n\nSNP: Where is the money for Scotland?\n\nLabour: {A1}\n\nSNP: Why were we not consulted?\n\nLabour: {A2}"),
 "letters-two-parties-ask": ("Ruth Ellis", "Debate", f"The leaders clashed on Tuesday.\n\nSNP: Where is the money?\n\nDUP: And for Northern Ireland?\n\nLabour: {A1}"),
 "letters-initials": ("Ruth Ellis", "PMQs", f"Here is the exchange.\n\nKB: Will the Prime Minister admit his plan has failed?\n\nPM: {A1}\n\nKB: Then why are waiting lists rising?\n\nPM: {A2}"),
 "letters-court": ("Ruth Ellis", "Trial", f"The hearing continued.\n\nDPP: Did you see the defendant?\n\nWitness: {A1}\n\nDPP: Where?\n\nWitness: {A2}"),
 "chair": ("Ruth Ellis", "Committee", f"The committee heard evidence.\n\nThe Chair: Are the prisons full?\n\nConstance: {A1}\n\nThe Chair: What will you do?\n\nConstance: {A2}"),
 "the-committee-cited": ("Ruth Ellis", "Committee", f"Constance told The Justice Committee that things were bad.\n\nThe Justice Committee: Are the prisons full?\n\nConstance: {A1}\n\nThe Justice Committee: What will you do?\n\nConstance: {A2}"),
 "the-minister-cited": ("Ruth Ellis", "Debate", f"Kilbane wrote to The Minister for Housing last week.\n\nThe Minister for Housing: Are the figures right?\n\nKilbane: {A1}\n\nThe Minister for Housing: Will you wait?\n\nKilbane: {A2}"),
 "the-times-intro": ("Ruth Ellis", "Reeves", f"Speaking to The Times, the chancellor said growth was coming.\n\nThe Times: When?\n\nReeves: {A1}\n\nThe Times: And taxes?\n\nReeves: {A2}"),
 "person-caps": ("Ruth Ellis", "Transcript", f"The hearing continued.\n\nLEE: Did you see the defendant?\n\nMORAN: {A1}\n\nLEE: Where?\n\nMORAN: {A2}"),
 "nasa-letters-subject": ("Ruth Ellis", "Launch", f"NASA: Is the launch still on for Friday?\n\nBoeing: {A1}\n\nNASA: And the crew?\n\nBoeing: {A2}"),
 "q-a-plain": ("Ruth Ellis", "Five questions", f"Q: Why raise now?\n\nA: {A1}\n\nQ: What next?\n\nA: {A2}"),
 "outlet-answers": ("Ruth Ellis", "Statement", f"The broadcaster replied to viewers.\n\nViewer: Why was the show cut?\n\nBBC: {A1}\n\nViewer: Will it return?\n\nBBC: {A2}"),
 "rte-fada": ("Aoife Ní Bhriain", "Interview", f"The Taoiseach spoke to RTÉ News on Sunday.\n\nRTÉ News: Will there be an election?\n\nTaoiseach: {A1}\n\nRTÉ News: When?\n\nTaoiseach: {A2}"),
}
for name, (author, title, text) in items.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    try:
        a = p.enrich(RawArticle(id=name, title=title, text=text, language="en", author=author))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    print("==", name)
    for q in a.quotes:
        print(f"    {q.text[:50]!r} -> {q.speaker} ({q.speaker_kind})")
