"""What a question asks for, read from its main clause rather than from one cue word.

Users wrap the question in context: "When Wigan was inspected in 2025, how were disabled
children supported?" asks how disabled children were supported, not when Wigan was inspected;
"How many young people was the team working with when Ofsted inspected in 2015?" asks for a
figure. So the framing (a leading "When ... inspected in 2025," clause, a trailing "according to
the 2015 report", a "(2016)") is set aside first, and the focus is read from what remains.

Focus kinds, in the order they are tried:

- ``inspector``: who led the inspection;
- ``dates``: when it took place or was published;
- ``comparison``: the same topic in two or more named reports (decided by the scope);
- ``summary``: a report's own list (what needs to improve, recommendations, strengths,
  weaknesses, the overall findings), asked for with no narrower topic;
- ``grade``: the grade an area was given;
- ``figure``: a number (how many, what proportion, how long);
- ``content``: what the report says about a topic.

Example:
    >>> read_focus("When Wigan was inspected in 2025, how were disabled children supported?").kind
    'content'
    >>> read_focus("Who led Sefton's 2011 inspection?").kind
    'inspector'
    >>> read_focus("What are the main weaknesses?").summary
    'weaknesses'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.paraphrases import PARAPHRASES
from assistant.search import terms

_FLAGS = re.IGNORECASE

#: Framing that says where the answer comes from, not what is asked.
_TRAILING_FRAME = re.compile(
    r"[,;]?\s*\b(?:according to|as (?:reported|stated|described) (?:in|by)|per|as per|in the "
    r"view of|based on)\b[^?]*$"
    # ("looking after" is a verb: "... was the council looking after when it was inspected?")
    # ("... – when was the council last inspected before this?" asks when)
    r"|[,;]?\s*\b(?:when(?!\s+(?:was|were|did|is|are|has|had|will)\b)|while|at the time"
    r"|by the time|during|(?<!look )(?<!looking )"
    r"(?<!looked )(?<!looked-)(?<!care )(?<!cared )(?<!caring )after)\b[^?,]*\b(?:inspect\w*|"
    r"visit\w*|report\w*)\b[^?,]*$"
    r"|\s*\([^)]*\)\s*$"
    # "... on adoption, despite the poor grade?": a concession is not what is asked
    r"|[,;]?\s*\b(?:despite|in spite of|although|even though|notwithstanding)\b[^?]*$", _FLAGS)
#: What the asker is writing ("For a board paper", "for my briefing"), and a request to be told
#: that follows it ("..., I need to know"): framing, shared by ``main_clause`` and
#: ``without_preface``.
_WRITING_FOR = (r"^\s*for\s+(?:a|an|my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:piece|paper|briefing"
                r"|brief|note|article|presentation|report|meeting)")
_ASKER_NEEDS = r"\b\s*,?\s*(?=I\s+(?:need|want|would|['’]d)\b)"
_LEADING_FRAME = re.compile(
    # "When Wigan was inspected in 2025, ..." frames; "When will the next inspection take
    # place, ..." asks.
    r"^\s*(?:when(?!\s+(?:exactly\s+)?(?:will|would|did|does|do|is|was|were|are|has|have|had"
    r"|can|could|should|might|may)\b)|after|before|between|during|at the time|in|at"
    r"|according to|as|following|"
    r"looking at|from|based on|per)\b[^,?]{3,120},\s*(?=\w)"
    # "Cornwall 2019 was outstanding – so what still needed work?"
    r"|^[^–?]{3,120}\s[–:-]\s+(?:so|but|then)\s+(?=(?:what|how|where|which|who|why|when|is|are"
    r"|was|were|did|does|do)\b)"
    # "Greenwich was rated outstanding, but what was not working well ...?"
    r"|^[^,?]{3,120},\s*but\s+(?=(?:what|how|where|which|who|why|when|is|are|was|were|did"
    r"|does|do)\b)"
    # What the asker is doing frames the question ("I'm writing a piece on staff culture –
    # what was ...?", "For a board briefing on Kent 2017, how many ...?"); not what they are
    # looking for ("I'm looking for what East Sussex offers parents – ...") or comparing.
    r"|^\s*(?:I|we)(?:['’]m|\s+am|['’]re|\s+are|['’]ve\s+been|\s+have\s+been)\s+(?:writing"
    r"|preparing|pulling|putting|drafting|doing|working|looking|reading|compiling|updating"
    r"|reviewing|researching|checking|planning)\b"
    r"(?:\s+(?:on|at|together|up|through|for))?\s+(?:[\w'’&-]+\s+){0,6}?"
    # ("I'm preparing for a board meeting –")
    r"(?:piece|paper|briefing|brief|note|notes|article|presentation|slides?|report|inspection"
    r"|visit|letter|numbers|figures|summary|update|meeting|committee)\b[^–?]{0,60}?\s[–:-]\s+"
    r"(?=(?:what|how|where|which|who|why|when|is|are|was|were|did|does|do|has|have|had"
    r"|roughly|can|could)\b)"
    # ... or whom they tell ("I'm briefing parents in Hertfordshire – did ...?")
    r"|^\s*(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)\s+(?:briefing|advising)\b[^–?]{0,80}?"
    r"\s[–:-]\s+(?=(?:what|how|where|which|who|why|when|is|are|was|were|did|does|do|has"
    r"|have|had|roughly|can|could)\b)"
    r"|" + _WRITING_FOR + r"\b[^,?–]{0,60}[,–:]\s*(?=\w)"
    # "For a board paper I need to know which areas ...?"
    r"|" + _WRITING_FOR + _ASKER_NEEDS, _FLAGS)

_INSPECTOR = re.compile(
    r"\b(?:lead|leading|reporting|chief)\s+(?:inspector|HMI)\b(?!\s+(?:found|said|say|find|"
    r"note|noted|report|reported|describ\w*|comment\w*|highlight\w*|conclud\w*|judg\w*))"
    r"|^\s*which\s+(?:inspectors|HMIs)\s+(?:did|made|carried out|conducted)\b"
    r"|^\s*(?:who|which\s+(?:inspector|HMI|person))\b[^?]*\binspected\b"
    # "who led it?", "who ran Sefton's inspection?"; not "who ran the leaving care service?"
    # nor "who was in charge of Stoke's children's services?" (a manager, a director)
    r"|^\s*(?:who|which\s+(?:inspector|HMI|person))\b[^?]*\b(?:led|lead|leads|carried out"
    r"|conducted|ran|headed|in charge(?:\s+of)?)\b(?:\s+it\b)?\s*\??\s*$"
    r"|^\s*(?:who|which\s+(?:inspector|HMI|person))\b[^?]*\b(?:led|lead|leads|carried out"
    r"|conducted|ran|headed|in charge)\b[^?]*"
    r"\b(?:inspect\w*|visit\w*|HMI|Ofsted|CQC|Care Quality)\b"
    r"|\bname of the (?:lead |reporting )?inspector\b|\bled by whom\b"
    r"|^\s*who\s+(?:was|were)\s+the\s+(?:lead\s+|reporting\s+)?inspectors?\b", _FLAGS)
_OFFICER = r"(?:[\w-]+\s+)?(?:person|officer|official|director|manager|leader)"
#: "Who was the focused visit letter addressed to?", "to whom was the letter sent?"
_ADDRESSEE = re.compile(r"^\s*(?:who|to whom|which\s+" + _OFFICER + r")\b[^?]*"
                        r"\bletter\b[^?]*\b(?:addressed|sent|written)(?:\s+to)?\b"
                        # "Which person at Sefton received the 2018 focused visit letter?"
                        r"|^\s*(?:who|which\s+" + _OFFICER + r")\b[^?]*"
                        r"\b(?:received|receives|got|gets|was sent)\b[^?]*\bletter\b"
                        # "who was the letter's recipient?", "the recipient of the letter"
                        r"|\brecipient\b[^?]*\bletter\b|\bletter(?:['’]s)?\s+recipient\b",
                        re.IGNORECASE)
_DATES = re.compile(
    # "when" about the inspection itself, not about something a report says happened
    r"^\s*when\s+(?:exactly\s+)?(?:was|were|did|is|does|will|has|had)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:inspect\w*|"
    r"visit\w*|publish\w*|report\w*|take place|took place|carried out|happen\w*)\b"
    r"|\b(?:what|which)\s+(?:were\s+|was\s+|are\s+|is\s+)?the\s+(?:exact\s+)?"
    r"(?:inspection\s+|publication\s+)?"
    r"dates?\b|\bdates?\s+of\s+(?:the\s+)?"
    # ("exact dates of Knowsley's children's services inspection")
    r"(?:(?!(?:and|or|when|which|that)\b)[\w'’-]+\s+){0,4}?"
    r"(?:inspection|visit|publication|report|letter)\b"
    # "what date is on Ofsted's letter?"
    r"|\bdate\s+(?:is\s+|was\s+)?on\s+(?:the\s+|Ofsted['’]s\s+|its\s+)?letter\b"
    # (not "in which year did York adopt the model that inspectors said ...")
    r"|^\s*(?:in\s+)?(?:what|which)\s+(?:year|month|day)\b[^?]{0,40}?\b(?:inspect(?!ors?\b)\w*"
    r"|visit\w*|publish\w*)"
    r"|\bhow long ago\b"
    # "Blackburn with Darwen 2025 – on-site inspection dates?"
    r"|\b(?:inspection|on[\s-]site|visit)\s+dates?\b"
    # "Exact dates Ofsted were on site in Bristol?", "Dates of inspectors' visit?"
    r"|^\s*(?:the\s+)?(?:exact\s+)?dates?\b[^?]{0,60}?\b(?:inspectors?|Ofsted|HMIs?|inspect\w*"
    r"|visit\w*|on site)\b"
    # "how long did Ofsted spend inspecting Stoke?", "how long was the focused visit?"
    r"|^\s*how long\s+(?:did|was|were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Ofsted"
    r"|inspectors?|HMIs?|inspection"
    r"|(?:focused\s+)?visit)\b(?:\s+(?:spend|spent|take|last|stay|on site|there|in)\b|\s*\?)"
    # "which week were the inspectors in Blackpool?", "over what weeks were inspectors there?",
    # "when were inspectors in North Lincolnshire?"
    # ("The Central Beds inspection that came out in August 2017 - on what date did ...?")
    r"|(?:^|\s[–:-])\s*(?:on |over |in |during )?(?:what|which)\s+(?:dates?|days?|weeks?"
    r"|months?)\b[^?]*"
    r"\b(?:inspectors?|inspect\w*|visit\w*|on site)\b"
    r"|^\s*when\s+(?:exactly\s+)?(?:were|was|did)\s+(?:the\s+)?(?:inspectors?|HMIs?|Ofsted)\s+"
    r"(?:in|at|on|visit)\b"
    # "when had Ofsted last looked at Greenwich's services for looked-after children?"
    r"|^\s*when\s+(?:had|has|did|was|were)\b[^?]*\blast\s+(?:looked at|checked|been)\b"
    # "when will Ofsted be back?", "when is the next inspection due?"
    r"|^\s*when\b[^?]*\b(?:Ofsted|inspectors?|HMI|CQC)\b[^?]*\b(?:be back|come back|return"
    r"|revisit)\b|^\s*when\b[^?]*\bnext (?:[\w-]+ ){0,3}?(?:inspection|visit)\b",
    _FLAGS)
COMPARE = re.compile(r"\bcompar\w*\b|\bversus\b|\bvs\.?\s|\bdiffer\w*\b|\bcontrast\b"
                      r"|\bside by side\b|\bboth\b|\b(?:better|worse) than\b"
                      # "Herefordshire 2018 v Staffordshire 2019 – how did each do ...?"
                      r"|\s(?-i:v)\.?\s|\beach\b", _FLAGS)
#: A question that asks after a report's parts ("which area lagged behind?", "did any part
#: come out good?"): with its overall grade, every judgement answers it.
PARTS = (r"\b(?:which|what|any|each|every|all|other)\s+(?:of\s+(?:the\s+|its\s+|their\s+"
         r"|(?:[\w-]+\s+){0,3}?[\w-]+(?:'s|’s)\s+(?:(?:19|20)\d\d\s+)?)?)?"
         r"(?:parts?|areas?|bits?|judgements?|aspects?|grades|ratings)\b"
         # "list every grade Sefton got", "all the ratings"
         r"|\b(?:every|each|all(?: the| its| their)?)\s+(?:grade|rating)s?\b"
         # "and what dragged it down most?"
         r"|\bwhat (?:dragged|pulled|let|brought) (?:it|them|the council) down\b"
         # "outstanding across the board, or did one area come in lower?"
         r"|\bacross the board\b"
         # "where did it score lowest?"
         r"|\bwhere\s+(?:did|does|do)\s+(?:[\w'’-]+\s+){1,3}?(?:score|come out|do|fare|rate)\s+"
         r"(?:lowest|worst|weakest|best|highest|strongest)\b")
_GRADE = re.compile(
    # ("the family court judge", "the family judge" are people, not a grade)
    # ("how does Bristol judge whether a care leaver is ready ..." is a verb)
    r"\b(?:grade[ds]?|grading|judge?ments?|judged"
    r"|(?<!the )(?<!court )(?<!a )(?<!family )(?<!local )(?<!designated )judge"
    r"(?!\s+(?:whether|if|how|when|what|who|which)\b)|rated"
    # ("how did Ofsted rate ...?"; "how did NEET rates for care leavers compare?" is a figure)
    r"|rates?(?!\s+(?:for|of|among|amongst|compar\w*|against|nationally)\b)"
    r"|rating|graded|overall effectiveness|top marks"
    r"|score[ds]?)\b"
    r"|\b(?:fell|fall|falls|falling) short of (?:good|outstanding)\b"
    r"|\b(?:outstanding|good|inadequate|requires? improvement) across the board\b"
    # ("how well did the letters explain what parents had to do?" asks about the letters)
    r"|\bhow\s+(?:well|good|badly)\s+(?:was|were|did|is|are)\b[^?]*\b(?:judged|rated|graded"
    r"|(?<!\bto )do|fare|perform|score)\b"
    r"|\bhow did\b[^?]{1,60}?\b(?:do|fare|perform|score|come out)\b"
    # ... but "how did its kids in care do at GCSE?" asks about GCSEs
    r"(?!\s+(?:at|with|on|in)\s+(?!(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d|inspection"
    r"|visit|last|latest|overall|ofsted)))"
    # ("was it any good?" asks what the report says of it)
    # ("staying for good" is for ever)
    r"|\b(?:was|were|is|are)\b[^?]*\b(?:outstanding|(?<!any )(?<!much )(?<!for )good|inadequate"
    r"|adequate"
    r"|requires? improvement)\s*\??\s*$"
    r"|\b(?:which|what)\s+(?:areas?|judgements?)\b[^?]*\b(?:outstanding|good|adequate|"
    r"inadequate|requires? improvement)\b|\boutcome of the\b"
    # "which parts of its services reached good?"
    r"|\b(?:which|what|any)\s+(?:parts?|aspects?|bits?)\b[^?]*\b(?:reach(?:ed)?|achieved?"
    r"|get|got|received?|earned?)\s+(?:a\s+)?(?:outstanding|good|adequate|inadequate"
    r"|requires? improvement)\b(?!\s+(?:at|with|about|enough|work|practice)\b)"
    # "how did the City of London's 2016 overall result compare with Newham's?", "overall
    # verdict, and which area lagged behind?" (an overall verdict alone is an overview)
    r"|\boverall (?:results?|outcomes?)\b"
    r"|\b(?:overall|final) (?:verdict|rating)\b[^?]*" + PARTS +
    # "overall verdict, and did the safeguarding board do any better?"
    r"|\boverall (?:verdict|rating|grade)\s*(?:,|and\b)[^?]*\b(?:do|did|does|fare|fared|"
    r"rated|judged|graded|better|worse)\b"
    # "which came out better overall, Bexley or Havering?"
    r"|\bwhich\b[^?]*\b(?:came out|come out|did|does|fared|fare|was rated|got|scored|went)\b"
    r"[^?]*\b(?:better|worse|best|worst|higher|lower|weakest|strongest|lowest|highest"
    r"|poorest)\b", _FLAGS)

#: How others rate the council's work ("how did the courts and Cafcass rate the evidence?",
#: "what training did staff really rate?"): what the report says, not an Ofsted grade.
_RATED_BY_OTHERS = re.compile(r"\b(?:courts?|Cafcass|judges?|judiciary|parents|families|staff"
                              r"|workers|partners|schools|carers|adopters|leavers|children"
                              r"|people)\s+(?:really\s+|all\s+)?rates?\b", _FLAGS)

#: Questions whose answer is a date ("when did the director start?", "since when ...",
#: "in which year ..."); questions about when the inspection took place are read first.
ASKS_DATE = re.compile(r"(?:^|[–:-]\s)\s*(?:since\s+)?when\s+"
                       r"(?:did|was|were|had|has|does|do|is|are)\b"
                       r"|\b(?:what|which)\s+(?:year|month|date)\b", _FLAGS)
#: The inspection or visit before the one reported on, as a question names it when it asks
#: for its date ("... refers back to the last inspection - what year was that one?").
_LAST_ONE = re.compile(r"\b(?:last|previous|prior|earlier)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:inspection|visit)\b", _FLAGS)
#: ... not where it is the source of what is asked ("what year did it open, according to the
#: last inspection?") or its time ("since the last inspection").
_FROM_LAST_ONE = re.compile(r"\b(?:according to|per|since|after|before|from|by)\s+"
                            r"(?:the\s+|its\s+|their\s+)?$", _FLAGS)
#: "When did the Isles of Scilly last have a full graded inspection before the 2023 one?"
_LAST_BEFORE = re.compile(r"\blast\b[^?]*\b(?:inspection|inspected|visit|visited)\b[^?]*"
                          r"\bbefore\b", _FLAGS)


def _asks_of_last_one(question: str) -> bool:
    """Whether ``question`` names the inspection before as what it asks about."""
    return bool(_LAST_BEFORE.search(question)) or any(
        not _FROM_LAST_ONE.search(question[:m.start()]) for m in _LAST_ONE.finditer(question))


#: Inspections of another kind a report mentions ("When was Cornwall's joint targeted area
#: inspection?"): their dates are in the report's text, not its own inspection dates.
_OTHER_INSPECTION = re.compile(r"\bjoint targeted\b|\bJTAIs?\b|\bpeer reviews?\b"
                               r"|\bpeer challenge\b", re.IGNORECASE)
_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October"
          r"|November|December)")

#: "How did Wigan work out how often to visit?" asks how it was decided, not the figure.
_HOW_DECIDED = re.compile(r"\b(?:work(?:ed|s)?\s+out|decided?s?|determined?s?|choose|chose"
                          r"|judged?s?)\s+how\s+(?:often|many|much|long)\b", re.IGNORECASE)

#: "Why does Suffolk have a fair number of mixed-heritage children?" asks for a reason.
_WHY_START = re.compile(r"^\W*(?:why|how come)\b", re.IGNORECASE)

#: Questions whose answer is a number.
#: A comparison of counts, and what it counts ("which saw more adoptions?"), not of qualities
#: ("which had more effective services?", "which said more about care leavers?").
_MORE_OR_FEWER = (r"\b(?:which|who)\b[^?]*?\b(?:more|fewer)\s+(?!(?:[\w-]+ive|[\w-]+ful"
                  r"|[\w-]+ly|[\w-]+ent|[\w-]+able|timely|robust|stable|likely|important|about|of"
                  r"|on|in|for|than|to)\b)((?:[\w-]+\s+){0,2}?[\w-]+s)\b")
FIGURE_QUESTION = re.compile(
    # ("how much say / clout / influence did children have?" asks what the report says)
    r"\b(?:how (?:many|much(?!\s+(?:of\s+)?(?:a\s+)?(?:say|clout|influence|difference|impact"
    r"|voice|choice|input|weight|notice|attention|sway|support|help)\b)"
    # ("how much were reviewing officers seeing children?" asks how far they did)
    r"(?!\s+(?:were|was|is|are)\s+(?:[\w'’-]+\s+){1,4}?(?!spending|paying|costing|saving"
    r"|earning|charging)[a-z]+ing\b)|long|often"
    r"|frequent(?:ly)?"
    r"|quickly|soon"
    # ("how far along is the council with the reforms?" asks how it was getting on)
    r"|old|timely|far(?!\s+along\b))"
    r"|(?:over|for|in) what (?:period|length of time|timescale|timeframe)"
    r"|what (?:age|share|number|"
    r"percentage|proportion|fraction)|(?:up to|until|till|to) what age|(?:turnover|vacancy"
    r"|attendance|"
    r"exclusion|conversion|re-?referral|caseload|sickness|absence|agency|staffing|placement"
    r"|stability|adoption|timeliness|completion|return) (?:rates?|levels?|figures?)"
    # "Oldham 2015, care leavers NEET rate?": a rate the clause ends on is a noun
    # (not "which service did families actually rate?")
    r"|^(?![^?]*\b(?:did|do|does|would|will|could|should|might|to)\b[^?]*\brates?\s*\??\s*$)"
    r"[^?]*?\b[\w-]+\s+rates?\s*\??\s*$"
    # "what was the size of its looked-after population?", "how big was the cohort?"
    r"|\bsize\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:population|cohort"
    r"|caseloads?|workforce|team|budget|backlog|gap)\b"
    r"|\bhow\s+(?:big|large)\s+(?:was|is|were|are)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:population|cohort|caseloads?|workforce|team|budget|backlog)\b"
    r"|\brates? of\b|\bper ?cent(?:age)?\b|\baverage\b|\bnumber of\b|\btotal\b|%"
    r"|\bthe\s+(?:(?:exact|precise|total|typical|average|actual|overall)\s+)?count of\b"
    # "the typical timescale, in weeks"
    r"|\bin (?:weeks|days|months)\b"
    # "what rise in referrals followed ...?", "how big a drop in ...?"
    r"|\b(?:what|how big an?|how large an?)\s+(?:rise|increase|fall|drop|reduction|decrease)"
    r"\s+in\b"
    # "what A-level pass rate did they get?" (a rate, not "what did Ofsted rate as good?")
    r"|\bwhat(?:\s+[\w-]+){1,4}?\s+rates?\b(?!\s+(?:as|it|them|this|that|the)\b)"
    # ("what was the tone when workers described the children on their caseloads?" is not)
    r"|^\s*what\s+(?:was|is|were|are)\s+(?:[\w'’-]+\s+){0,5}?(?:budget|spend|spending|costs?"
    r"|salar\w*|caseloads?|ratio)\b)"
    # "which saw more adoptions?", "who had fewer agency workers?": counts compared
    r"|" + _MORE_OR_FEWER +
    # a date is a figure too: "when did the director start?", "in which year ..."
    r"|" + ASKS_DATE.pattern,
    _FLAGS)

_NUMBER = (r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
           r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)")
#: A number that names a thing, not how many: "section 47 enquiries", "key stage 4 pupils".
_NAMING_NUMBER = r"(?<!section )(?<!sections )(?<!article )(?<!stage )"
_TIMES = re.compile(r"\bhow many times\b", _FLAGS)
_TIME_UNIT = r"(?:hours?|days?|weeks?|months?|years?|minutes?)"
#: "How often?": a frequency, as a figure ("monthly", "every six weeks", "50%") or, when no
#: sentence gives one, in words (``OFTEN_IN_WORDS``).
HOW_OFTEN = re.compile(r"\bhow (?:often|frequent(?:ly)?)\b", _FLAGS)
#: What kind of figure a question asks for → what a sentence that gives it must hold.
FIGURE_KINDS: tuple[tuple[re.Pattern, re.Pattern], ...] = (
    # A date: a year, a month, or a time counted back from the inspection ("two years ago").
    (ASKS_DATE,
     # ... or how long it has not happened for ("no disruption in 10 years")
     re.compile(r"\b(?:19|20)\d\d\b|\b" + _MONTH + r"\b|\b(?:earlier|later|last|this|next)"
                r" (?:this )?year\b|\bago\b|\b(?:in|for|over) (?:the (?:last|past) )?"
                + _NUMBER + r"\s+(?:years?|months?|weeks?)\b", _FLAGS)),
    (re.compile(r"\b(?:what|which) (?:percentage|proportion|share|fraction)\b|\bper ?cent"
                r"|\brates?\b|%", _FLAGS),
     # A share is a figure: "87%", "half", "one in five"; "most" or "a high percentage"
     # says there is one without giving it.
     re.compile(r"%|\bper ?cent|\bper [\d,]+\b|\b(?:half|third|quarter|two-thirds"
                r"|three-quarters)\b|\b"
                + _NUMBER + r"\b[^.]{0,40}\b(?:out of|in every|of the)\b|\b(?:one|two|three"
                r"|four|five|\d+) in (?:every )?\w+\b", _FLAGS)),
    (re.compile(r"\bhow (?:long|quickly|soon)\b|\bhow many (?:days|weeks|months|years)\b"
                r"|\b(?:over|for|in) what (?:period|length of time|timescale|timeframe)\b", _FLAGS),
     # ... or the date it has lasted since ("in post since October 2016"), or the years it
     # lasted between ("no permanent manager between 2017 and early 2019")
     re.compile(r"\b" + _NUMBER + r"[\s-]*(?:working )?(?:days?|nights?|weeks?|months?|years?"
                r"|hours?|minutes?|terms?)\b(?![\s-]*olds?\b)|\bwithin (?:a|one|the) (?:day|week"
                r"|month|year)\b|\ba (?:matter|couple) of (?:days|weeks|months)\b"
                # "a week-long programme", "delayed by more than a week"
                r"|\b(?:day|week|fortnight|month|year)-long\b|\b(?:more than|over|under|less than"
                r"|at least|up to|after) (?:a|one) (?:day|week|fortnight|month|year)\b"
                # "reduced over the past year", "for as long as they need"
                r"|\b(?:over|in|during|within) the (?:past|last|previous) (?:year|month|week"
                r"|decade|few \w+)\b|\bas long as (?:they|he|she|needed|necessary|required)\b"
                # "supports young people for their first year of living independently"
                r"|\b(?:for|in|during|over) (?:the|their|its|a|his|her) (?:first|second|third)"
                r" (?:days?|weeks?|months?|years?)\b"
                r"|\bsince (?:(?:his|her|their|its) (?:appointment|arrival|start)\W+(?:in )?)?"
                r"(?:\d{1,2} )?(?:" + _MONTH + r" )?(?:19|20)\d\d\b"
                r"|\b(?:between|from) (?:\w+ ){0,2}?(?:19|20)\d\d (?:and|to|until) (?:\w+ ){0,2}?"
                r"(?:19|20)\d\d\b", _FLAGS)),
    # "how far away do children live?": a distance ("how far did it cut ..." is by how much)
    (re.compile(r"\bhow far\s+(?:away|from|out)\b|\bhow far\b[^?]*\b(?:live[sd]?|living"
                r"|travel\w*|placed|moved?)\b", _FLAGS),
     # ... or a journey's time ("within a two hour drive of Oxford")
     re.compile(r"\b" + _NUMBER + r"\s*(?:miles?|km|kilomet\w+)\b|\b(?:an?|one|" + _NUMBER
                + r")[\s-]hours?['’]?\s+(?:drive|journey|travel)\b"
                # ... or said in words ("reasonably close to their home areas, either in the
                # county or in adjacent local authorities")
                r"|\b(?:close|near|nearby|local) to (?:their |his |her )?home|\badjacent\b"
                r"|\bneighbouring (?:authorities|councils|areas)\b",
                _FLAGS)),
    (re.compile(r"\b(?:what|which) age\b|\bhow old\b|\bup to what age\b", _FLAGS),
     # ("personal advisers are allocated when children reach 16")
     re.compile(r"\b(?:age[ds]?|aged|years? old|up to|until|beyond|birthday|reach(?:es|ed|ing)?"
                r"|turn(?:s|ed|ing)?)\b[^.]{0,20}\b"
                + _NUMBER + r"\b|\b" + _NUMBER + r"[\s-]*(?:years? old|-year-olds?)\b",
                _FLAGS)),
    (_TIMES,
     re.compile(r"\b(?:once|twice|thrice|" + _NUMBER + r" times|never)\b", _FLAGS)),
    # how often people attend is a share too ("police attendance at conferences is 50%")
    (HOW_OFTEN,
     re.compile(r"%|\bper ?cent\b|\b(?:daily|weekly|fortnightly|monthly|quarterly|annual(?:ly)?"
                r"|yearly|biannual\w*|bi-?monthly"
                r"|every (?:day|week|month|year|quarter|" + _NUMBER + r"\s+\w+)"
                r"|(?:once|twice|" + _NUMBER + r" times) (?:a|an|per|each|every) \w+"
                r"|each (?:day|week|month|quarter|year|term)|(?:half-)?termly|six-monthly)\b",
                _FLAGS)),
    # (not "how many extra teams was it funding": a count)
    (re.compile(r"^(?![^?]*\bhow many\b)[^?]*?(?:\bhow much (?:money|funding"
                r"|did\b[^?]*\b(?:cost|spend))|\bbudget\b|\bspend(?:ing)?\b|\bcosts?\b|\bsalar"
                r"|\bfunding\b|\binvest\w*)", _FLAGS),
     re.compile(r"£\s?\d|\b\d[\d,.]*\s*(?:million|thousand|m|k|bn|billion)\b", _FLAGS)),
    # "What was the average caseload?": a number, not a year, and not the period a sentence
    # looks back over ("over the last 12 months average caseloads have fallen").
    (re.compile(r"\baverage\b|\bcaseloads?\b|\bratios?\b|\bmedian\b", _FLAGS),
     re.compile(r"(?<![\w\-–/])(?<!last )(?<!past )(?<!previous )(?<!next )(?!(?:19|20)\d\d\b)"
                + _NUMBER + r"\b", _FLAGS)),
    (re.compile(r"\bhow many\b|\bnumber of\b|\btotal\b|\bhow much\b", _FLAGS),
     # ... or a share of them ("only half of care leavers")
     re.compile(r"\b" + _NAMING_NUMBER + _NUMBER + r"\b|\b(?:doubled|tripled|trebled|halved)\b"
                r"|\b(?:half|a third|a quarter|two-thirds|three-quarters)\s+of\b", _FLAGS)),
)


#: Where the kinds of ``FIGURE_KINDS`` that ask for plain numbers (an average, a count) start.
_PLAIN_NUMBERS = -2

_PEOPLE = (r"(?:child\w*|kids?|young|youngsters?|teenagers?|adolescents?|infants?|toddlers?"
           r"|people|persons?|leavers?|famil\w+|parents?|carers?|adopters?"
           r"|pupils?|staff|workers?|girls?|boys?|bab\w+|adults?|students?|learners?|"
           r"mothers?|fathers?|individuals?|cases?)")
#: ... but children are counted as children, and the adults around them as adults: "how many
#: kids were waiting for a family?" counts no adopters.
_YOUNG_PEOPLE = (r"(?:child\w*|kids?|young|youngsters?|teenagers?|adolescents?|infants?"
                 r"|toddlers?|people|persons?|leavers?|pupils?|girls?|boys?|bab\w+|students?"
                 r"|learners?|individuals?|cases?)")
_GROWN_UPS = (r"(?:people|persons?|famil\w+|parents?|carers?|adopters?|staff|workers?|adults?"
              r"|mothers?|fathers?|individuals?|cases?|households?)")


def _people_like(word: str) -> str:
    """The words that count the same people as ``word`` (a word of ``_PEOPLE``)."""
    young = re.fullmatch(_YOUNG_PEOPLE, word, _FLAGS)
    grown = re.fullmatch(_GROWN_UPS, word, _FLAGS)
    return _PEOPLE if young and grown else _YOUNG_PEOPLE if young else _GROWN_UPS
_COUNTED = re.compile(r"(?:\bhow many|\b(?:what|which) (?:is|was|were|are) the (?:total )?number of"
                      # "what number of care leavers were at university?", "the exact count
                      # of children in care", "what's the typical number of ..."
                      r"|\bwhat (?:total )?number of|\bthe\s+(?:exact|precise|total|typical"
                      r"|average|actual|overall)\s+(?:number|count) of|\bthe count of"
                      # terse: "Total number of children in care?", "X 2014 – number of ..."
                      r"|(?:^|[–:-])\W*(?:the\s+)?(?:total\s+)?number of)"
                      # ("how many did Herts know of": a verb, nothing counted after it)
                      r"\s+(?:(?:of\s+)?the\s+)?(?!(?:did|do|does|were|was|are|is|had|have|has"
                      r"|could|can|will|would)\b)((?:[a-z'’-]+\s+){0,2}?[a-z'’-]+?)"
                      r"(?:'s|’s)?\s+(?:were|was|are|is|did|do|does|had|have|has|had|could|"
                      r"can|will|would|in|on|at|of|for|with|who|that|\?|$"
                      # "number of children waiting to be adopted" counts children (not
                      # "how many private fostering notifications", "learning centres")
                      r"|(?=[a-z]+ing\s+(?:to|for|in|on|at|from|out)\b|[a-z]+ing\s*\?)"
                      # "number of SGOs made for Bracknell children", "how many plans
                      # issued in 2023": their making ends what is counted (not "children
                      # placed in Kent", whom placing names)
                      r"|(?=(?:made|issued|granted|given|held|completed|undertaken)\s+(?:for|in"
                      r"|by|over|during|since|within|last|this)\b))",
                      _FLAGS)


#: Words of a counted phrase that say nothing of what is counted ("how many looked after
#: children", "how many other councils").
_NOT_COUNTED = frozenset("of the a an looked after more other different such these those all "
                         "any some separate individual total extra additional".split())


#: "How many children were adopted ...": what was done to the people counted.
_DONE_TO = re.compile(r"\bhow many\b[^?]*?\b(?:were|was|have been|had been|got)\s+(\w{4,}ed)\b",
                      _FLAGS)


def _reports_words(word: str) -> tuple[str, ...]:
    """The genre's words for an everyday counted word ("bosses" → "leaders", "director")."""
    forms = {word, word[:-2] if word.endswith("es") else word, word.rstrip("s")}
    return tuple(a for f in forms for a in PARAPHRASES.get(f, ()) if a[:1].islower())


def _stem(word: str) -> str:
    """The start of a counted word that its other forms share: "beds" / "six-bed unit",
    "placements" / "placement"."""
    single = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return single[:max(4, len(single) - 2)]


_COMPARED_COUNT = re.compile(_MORE_OR_FEWER, _FLAGS)
#: What "how many" is followed by when it counts those who did something: a verb in -ed
#: alone or before a particle ("how many stayed on", "how many returned home").
_DID = re.compile(r"^[a-z’'-]+ed(?:\s+(?:on|in|out|up|to|into|with|at|from|away|home|back|off))?$",
                  _FLAGS)


def figure_kind_of_its_own(clause: str) -> bool:
    """Whether ``clause`` asks for a share, a duration, a distance, an age, a number of
    times, how often or an amount of money: a figure no plain count or date gives."""
    return not _COUNTED.search(clause) and any(
        asks.search(clause) for asks, _ in FIGURE_KINDS[1:_PLAIN_NUMBERS])


#: A word that does not stand between a count and what it counts.
_NOT_BETWEEN = (r"(?!(?:for|from|with|to|by|in|at|on|into|within|across|per)\b)"
                r"(?![\w'’-]*year)")


#: Inspectors counted ("how many HMIs", "how many inspectors"): the reports count them as
#: "six of Her Majesty's Inspectors", a title, capitalised.
_COUNTS_INSPECTORS = re.compile(r"\b(?:inspectors?|HMIs?)\b", re.IGNORECASE)


#: A second ask after the first: "overall grade, and was the front door still a weak spot?",
#: "how many homes did it run, and were any failing?"
SECOND_ASK = re.compile(r"(?:,|\s[–-])\s*and\s+((?:was|were|is|are|did|does|do|how|what|which"
                        r"|where|who|has|had|have|any)\b[^?]{8,}\??)\s*$", re.IGNORECASE)


#: A frequency the report gives in words ("whom they see frequently", "visit regularly"):
#: the answer to ``HOW_OFTEN`` when no sentence gives it as a figure.
OFTEN_IN_WORDS = re.compile(r"\b(?:regular(?:ly)?|(?:in)?frequent(?:ly)?|often|routinely|rarely"
                            r"|seldom|sporadic(?:ally)?|occasional(?:ly)?|rare occasions?"
                            r"|on occasion)\b", _FLAGS)


def figure_pattern(clause: str) -> re.Pattern | None:
    """What a sentence must hold to give the figure ``clause`` asks for: for "how many X", a
    number a few words before X.

    Example:
        >>> bool(figure_pattern("how long did care proceedings take?").search("took 31 weeks"))
        True
        >>> bool(figure_pattern("How many children were in care?").search("Dates: 4 May 2021"))
        False
    """
    counted = None if _TIMES.search(clause) else (_COUNTED.search(clause)
                                                    or _COMPARED_COUNT.search(clause))
    if counted and _DID.match(counted.group(1)):
        counted = None  # "how many stayed on with their carers": a verb, nothing named
    if counted:
        words = [w.lower().rstrip("'’") for w in counted.group(1).split()]
        # Any word of what is counted may follow the number ("how many new homes" → "9
        # new-build properties"); people are counted under many names: "care leavers" as
        # "young people".
        stems = [_people_like(w) if re.fullmatch(_PEOPLE, w, _FLAGS) else re.escape(_stem(w))
                 for w in words if w == words[-1] or w not in _NOT_COUNTED]
        # ... and under the genre's words for them ("how many bosses" / "four directors").
        stems += [re.escape(_stem(other.split()[-1].lower())) for w in words
                  for other in _reports_words(w)]
        # People counted by what happened to them are counted as those events too ("how many
        # children were adopted" / "there have been three adoptions").
        done = _DONE_TO.search(clause)
        if done and any(re.fullmatch(_PEOPLE, w, _FLAGS) for w in words):
            verb = done.group(1).lower()
            stems.append(re.escape(verb[:max(4, len(verb) - 3)]))
        stem = "(?:" + "|".join(dict.fromkeys(stems)) + ")"
        # Written in lower case, so that a name's capital does not count ("Right 4 Children"),
        # or as the question writes an abbreviation ("how many HMI" / "two HMI").
        abbreviations = [re.escape(w.rstrip("'’s")) for w in counted.group(1).split()
                         if len(w.rstrip("'’s")) >= 2 and w.rstrip("'’s").isupper()]
        named = "(?-i:" + "|".join([stem.lower(), *abbreviations]) + ")"
        # A count stands alone: not a year, not part of a name ("COVID-19", "Right 4
        # Children", whose capital shows it is a name); a bracket after it is read past
        # ("32 (8% of the workforce) vacant posts"); "four children's homes" counts homes.
        # ... or follows it in brackets ("Many families (560) benefited").
        # ... nor a time, unless times are counted ("within 72 hours of a young person
        # returning home" counts no young people; "how many weeks" counts weeks).
        timed = any(re.fullmatch(_TIME_UNIT, w, _FLAGS) for w in words)
        # ... nor an age group's name ("16+ and care leavers")
        no_time = r"(?!\+)" + ("" if timed else rf"(?![\s-]*{_TIME_UNIT}\b)")
        return re.compile(rf"(?<![\w\-–/]){_NAMING_NUMBER}(?!(?:19|20)\d\d\b){_NUMBER}\b"
                          + no_time + rf"(?:\s*\([^()]{{0,60}}\))?"
                          # ... whose words up to what it counts are no preposition or age
                          # ("9 new-build properties for care leavers", "2,000 staff from
                          # different agencies", "17- and 18-year-old care leavers")
                          rf"(?:\W+{_NOT_BETWEEN}[\w'’-]+){{0,3}}?"
                          rf"\W+{named}(?![\w'’]*['’]s\b)(?![\w-]*olds?\b)"
                          # ("placed in Kent by other local authorities (1,309 at the time
                          # of the inspection)")
                          rf"|{named}\w*\s*\(\s*{_NUMBER}(?:\s[^()]{{0,40}})?\)"
                          # "the number of care leavers in university rose from seven to
                          # eighteen"
                          rf"|\b(?:number|numbers|total)\b[^.]{{0,60}}?{named}"
                          rf"[^.]{{0,60}}?\b(?:is|was|are|were|stands? at|stood at"
                          # ("the number of referrals remains low at three")
                          rf"|remain(?:s|ed)?(?: \w+)? at|rose|rise"
                          rf"|risen|increased|decreased|fell|fallen|reduced|to|from|beyond"
                          rf"|reached|exceeded|exceeds)\s+"
                          rf"(?:approximately |around |about |nearly |over |more than )?"
                          rf"{_NUMBER}\b"
                          # "referrals have increased to 103 in 2014–15", "caseloads stand
                          # at 18"
                          rf"|{named}\w*\s+(?:(?:have|has|had)\s+)?(?:increased|risen|rose"
                          rf"|fallen|fell|decreased|reduced|grown|grew|dropped|stands?|stood"
                          rf"|totall?ed)\s+(?:(?:from\s+{_NUMBER}\s+)?to|at)\s+"
                          rf"(?:approximately |around |about |nearly |over |more than )?"
                          rf"(?!(?:19|20)\d\d\b){_NUMBER}\b"
                          # "how many of them felt ...": "only half of care leavers ..."
                          rf"|\b(?:half|a third|a quarter|two-thirds|three-quarters|\d+%)"
                          rf"\s+of\s+(?:the\s+|these\s+|all\s+)?(?:[\w'’-]+\s+){{0,2}}?"
                          rf"{named}"
                          # "a second care leavers hub has opened": the second one
                          rf"|\b(?:a|the)\s+(?:second|third|fourth|fifth)\b"
                          rf"(?:\W+[\w'’-]+){{0,3}}?\W+{named}"
                          # orders and plans are counted by the children under them ("how
                          # many special guardianship orders" / "30 children became the
                          # subjects of special guardianship orders")
                          rf"|(?<![\w\-–/]){_NUMBER}\s+(?:children|young people)\s+(?:have\s+)?"
                          rf"(?:became|become|were made)\s+(?:the\s+)?subjects?\s+(?:of|to)\s+"
                          rf"(?:(?:a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}?{named}"
                          # none at all: "there are no children who are looked after"
                          rf"|\b(?:no|none of the)\s+(?:[\w'’-]+\s+)?{named}"
                          + (rf"|\b{_NUMBER}\s+of\s+(?:Her|His)\s+Majesty['’]s\s+Inspectors\b"
                             if _COUNTS_INSPECTORS.search(counted.group(1)) else ""),
                          _FLAGS)
    for asks, gives in FIGURE_KINDS:
        if asks.search(clause):
            return gives
    return None


#: What asks for the verdict on a report or a part of it ("bottom line on care leavers").
VERDICT_WORDS = (r"verdicts?|bottom line|short version|headlines?|gist|in a nutshell"
                 r"|sum(?:s|med|ming)? up"
                 # asking for it briefly asks for the verdict ("in a line, how was it doing at
                 # keeping children safe?")
                 r"|in (?:short|brief|a (?:line|sentence|word|few words)|one (?:line|sentence"
                 r"|word))|briefly|quick take")

#: "Brent 2026 – when was it inspected?": the report named first, then the question.
_REPORT_FIRST = re.compile(
    # The name is capitalised words, years and the names of report kinds ("Barking and
    # Dagenham SEND inspection"); not a topic ("Kids going missing from home – what ...?").
    r"^(?:(?:(?-i:[A-Z])[\w'’.&-]*|\(?(?:19|20)\d\d\)?|and|&|of|upon|on|with|the|focused|visit"
    # ("Bristol, March 2025 focused visit: which ...?")
    r"|inspection|area|full|report|monitoring|re-inspection),?\s*){1,8}?(?:[–:]|\s-)\s+"
    # ("Cornwall 2019 – in what year was ...?")
    r"(?=(?:(?:in|on|at|for|by|from|since|over|to|up to)\s+)?(?:what|how|when|where|which"
    r"|who|why|is|are|was|were|did|does|do|has|have|had|can|could)\b)", _FLAGS)

#: What asks for a verdict ("the verdict on", "bottom line on"), not how well something went
#: ("how good is the housing for care leavers?" asks what the report says of the housing).
VERDICT = re.compile(rf"\b(?:{VERDICT_WORDS})\b", re.IGNORECASE)

#: The genre's names for a report's own lists, by what a question calls them. Each entry:
#: the cue in the question → the kind of list.
SUMMARY_CUES: tuple[tuple[re.Pattern, str], ...] = (
    # "what went well and what didn't?": both sides, the whole picture
    (re.compile(r"\b(?:went|gone|going|goes|go|done|doing|did|working|worked)\s+well\b[^?]*"
                r"\b(?:and|or)\s+what\s+(?:didn[’']?t|did not|wasn[’']?t|was not|isn[’']?t"
                r"|is not|doesn[’']?t|does not|needs?|could|should)\b", _FLAGS), "overview"),
    (re.compile(r"\brecommend\w*\b|\bwhat (?:should|must|ought)\b[^?]*\bdo\b|\bnext steps?\b"
                # "what did Ofsted tell the council it should do next?"
                r"|\bwhat\b[^?]*\b(?:should|must|ought to|had to|has to|needs? to)\s+do next\b"
                # "what did Ofsted tell the council to do next?"
                r"|\bwhat\b[^?]*\bto do next\b"
                # "what did Manchester need to do right away?"
                r"|\bwhat\b[^?]*\bneed(?:s|ed)? to do\b"
                # "what did Ofsted say had to be done straight away?"
                r"|\bwhat\b[^?]*\b(?:ha(?:s|ve|d)|need(?:s|ed)?) to be done\b"
                r"|\bwhat\b[^?]*\bha(?:s|ve|d) to do\b(?!\s+with\b)"
                r"|\bactions? (?:required|needed)\b"
                # "what has to happen now?"
                r"|\bwhat\b[^?]*\b(?:ha(?:s|ve|d)|needs?|must)\s+to\s+happen\b", _FLAGS),
     "recommendations"),
    (re.compile(r"\b(?:need(?:s|ed)?|has|have|had) to (?:be )?improv\w*|\bneed(?:s|ed)? improv\w*"
                # "which priority actions had to be taken immediately?"
                r"|\bpriority actions?\b|\bimmediate actions?\b"
                # "what did Ofsted tell Plymouth to improve?"
                r"|\b(?:tell(?:s|ing)?|told|ask(?:s|ed|ing)?|want(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
                r"|expect(?:s|ed|ing)?|requir(?:e|es|ed|ing))"
                r"\b(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:improve|do better|work on|address|change"
                r"|tighten)\b"
                # "what should Derby tighten up?", "what did they have to iron out?"
                r"|\b(?:tighten(?:ed|ing|s)?|shore[sd]?|shoring|sharpen(?:ed|ing|s)?) up\b"
                r"|\biron(?:ed|ing|s)? out\b"
                r"|\b(?:areas?|things?|aspects?|points?|priorities)\s+(?:for|to|of|that need)"
                r"\s+(?:improvement|improve|development|develop|action|attention)"
                # "the list of improvement areas", "development points"
                r"|\b(?:improvement|development)\s+(?:areas?|points?|priorities)\b"
                r"|\bdo better\b|\bbe better\b|\bimprove on\b|\bget better\b"
                r"|\bfix(?:es|ed|ing)?\b|\bneed(?:s|ed)?\s+(?:more\s+|further\s+|some\s+)?work\b"
                r"|\bfor (?:improvement|development)\b"
                r"|\bsort out\b|\bput right\b|\bmust[- ]dos?\b|\bto[- ]?do (?:list|items?)\b"
                r"|\bwhat (?:must|should) (?:change|improve)\b|\bimprovements? (?:needed|"
                r"required)\b"
                # "what other improvements did the inspection ask the partnership to make?"
                r"|\bwhat\s+(?:other\s+|further\s+|more\s+)?improvements\b[^?]*\b(?:ask\w*"
                r"|want\w*|requir\w*|expect\w*|tell|told|call\w*|recommend\w*)\b", _FLAGS),
     "improve"),
    (re.compile(r"\bweak(?:ness|nesses|est|er)?\b|\bshortcomings?\b|\bfailings?\b"
                r"|\bconcerns?\b|\bproblems?\b|\bwhat (?:is|was|are|were)(?:n'?t| not) "
                r"(?:working|going) (?:well|right)\b|\bgoing wrong\b|\bgone wrong\b"
                r"|\bpoor(?:ly)?\b|\bdeficien\w*|\bcriticis\w*|\bcriticiz\w*|\blacking\b"
                r"|\bgaps?\b"
                r"|\bf(?:a|e)ll(?:s|ing)? short\b|\bnot (?:yet )?good enough\b"
                # "what isn't working for care leavers in prison?", "carrying too many cases"
                r"|\bnot working\b|\b(?:is|are|was|were)n[’']?t working\b"
                r"|\btoo (?:many|much|few|little|high|low|long|slow)\b"
                # "anything bad about fostering?", "any red flags?", "the downsides", "what
                # did inspectors not like?", "what was it getting wrong?", "were inspectors
                # worried about ...?"
                r"|\banything (?:bad|negative)\b|\bbad news\b|\bred flags?\b|\bdownsides?\b"
                r"|\bdrawbacks?\b|\bnegatives\b|\bminus points?\b|\bsore points?\b"
                r"|\b(?:did|do|does)(?:n['’]t|\s+not)\s+(?:inspectors|Ofsted|they)\s+like\b"
                r"|\b(?:did|do|does)\s+(?:inspectors|Ofsted|they)\s+(?:not\s+like|dislike)\b"
                r"|\b(?:getting|get|got|gets)\s+wrong\b"
                r"|\b(?:inspectors|Ofsted)\s+(?:were\s+|was\s+)?worried\b"
                # "where did the MASH fall down?", "what were inspectors unhappy with?"
                r"|\bf(?:a|e)ll(?:s|ing)?\s+down\b"
                r"|\b(?:unhappy|dissatisfied|not happy)\s+(?:with|about)\b", _FLAGS),
     "weaknesses"),
    (re.compile(r"\bstrength\w*|\bstrong(?:est)?\b"
                r"|\b(?:working|worked|going|went|goes|done|doing|did|does|do) well\b"
                r"|\bgood practice\b|\bpositives?\b|\bpraise\w*|\bsuccess\w*|\bbest\b"
                # "what's going right for care leavers?", "anything good about adoption?",
                # "any good news?", "plus points", "what impressed inspectors?"
                r"|\b(?:going|gone|went|goes) right\b|\banything (?:good|positive)\b"
                r"|\bgood news\b|\bplus points?\b|\bbright spots?\b|\bimpress\w*"
                # "what's working for care leavers?", "good things", "what did inspectors
                # like?", "commended", "what was it doing right?"
                r"|\bwhat(?:['’]s| is| was| are| were)\s+working(?=\s+(?:for|in|at)\b|\s*\?)"
                r"|\bgood things?\b|\b(?:did|do|does)\s+(?:inspectors|Ofsted|they)\s+like\b"
                r"|\bcommend\w*|\b(?:doing|done|do|did)\s+(?:right|a good job)\b"
                # "what was good about the virtual school?", "what stood out as good?", "what
                # did the council get right?", "the highlights for care leavers"
                r"|\bwhat(?:['’]s|\s+(?:was|were|is|are))\s+(?:so\s+|particularly\s+|especially"
                r"\s+|really\s+)?(?:good|effective|positive|excellent)\s+(?:about|in|with)\b"
                # "what had the council pulled off?", "where had it made the biggest strides?"
                r"|\bpull(?:s|ed|ing)?\s+off\b|\bstrides\b"
                r"|\b(?:stood|stands?|standing)\s+out\s+(?:as\s+)?(?:good|positive|strong|excellent"
                r"|effective)\b|\b(?:get|gets|getting|got)\s+right\b|\b(?:the|any)\s+highlights\b",
                _FLAGS), "strengths"),
    (re.compile(r"\bsummar\w*|\boverview\b|\bmain (?:findings?|points?|messages?|conclusions?)"
                r"|\bkey (?:findings?|points?|messages?)\b"
    r"|\b(?:overall|big|bigger|whole) (?:findings?|picture|view|"
                r"conclusions?)\b|\bheadlines?\b|\bin (?:brief|short|a nutshell)\b"
                # "what did (the 2018 focused visit to Sefton) find?": whatever names the report,
                # a question with no topic of its own
                r"|\bwhat did\b(?:\s+[\w'’-]+){0,7}?\s+(?:find|conclude|say)\s*\??\s*$"
                rf"|\b(?:{VERDICT_WORDS})\b|\btl;?dr\b|\bround[\s-]?up\b"
                # "Overall, how had Stoke's services changed?", "how did X do overall?": no
                # grade word, so the whole picture, which starts with the grade
                r"|^(?![^?]*\b(?:grade|graded|grading|judge|judged|judgement|judgment|rate|rated"
                r"|rating|score|scored)\b)(?:(?=[^?]*\boverall\b)[^?]*\bhow\b[^?]*\b(?:do|did|does"
                r"|fare|fared|come out|came out|perform|performed|change|changed|improve|improved"
                r"|progress|progressed)\b"
                # "how well is X doing?", "how good are X's services?" (no topic: see
                # summary_kind)
                r"|\bhow (?:well|good)\b[^?]*\b(?:doing|do|does|did|performing|perform)\b"
                r"|\bhow good (?:are|is|were|was)\b)"
, _FLAGS), "overview"),
)

#: Words that frame a summary question without narrowing its topic.
_FRAME_WORDS = frozenset(terms(
    "what which who how is are was were do does did the a an of for in on at to about and or "
    "its it their there this that these those with by from me us give tell show list please "
    "main key major biggest most important overall summary summarise summarize overview "
    "ofsted inspector inspectors inspection inspected report reports reported found find "
    "finding findings say said says conclude concluded council councils local authority "
    "authorities children child young people services service social care work department "
    "recommendation recommendations recommend recommended should must need needs needed "
    "improve improved improvement improvements better do done doing going working well "
    "weakness weaknesses weak strength strengths strong areas area things aspects points "
    "development develop priorities priority action actions next steps problems problem "
    "concerns concern wrong right good poor best positives highlight highlights headline "
    "headlines gist picture view conclusions brief short nutshell after following latest "
    "last recent most has have had be been being they them we our you your "
    # what is left of a council's formal name ("the Royal Borough of Greenwich")
    "royal borough city county metropolitan district "
    # verbs that frame the list ("what areas for improvement did Ofsted set?")
    "set sets identify identified make made raise raised leave left flag flagged formal "
    "formally briefly "
    "still yet now further fix sort put social get gets getting got verdict focus focused visit "
    "visits lacking "
    "letter monitoring "
    # "what did Ofsted tell Plymouth to improve?", "sum up how Manchester did in its
    # re-inspection ending November 2018", "overall, how had it changed since?"
    "tell told ask asked want wanted urge urged expect expected require required "
    "sum up round re reinspection end ending ended fare fared come came out perform performed "
    "change changed progress progressed since one ones didn went gone goes go worked "
    "bad badly worse worst better quick quickly things thing bottom line "
    # "what did Ofsted tell them to tighten up straight away?", "where was it falling short?"
    "tighten tightening shore sharpen iron straight away once fall falls falling fell "
    "urgent urgently dos list short version full complete entire whole "
    # "which priority actions had to be taken immediately?", "what were the top ones?"
    "take taken immediate immediately top "
    # "why did it only get 'requires improvement' – the main reasons?", "the big picture"
    "reason reasons only big bigger "
    # "did Barnsley have anything that needed fixing urgently?"
    "anything something "
    # "what were the first things the council was told to fix?"
    "first firstly "
    # "a short rundown of the main weaknesses", "the lowdown on care leavers"
    "rundown lowdown "
    "two three four five six seven eight nine ten weakest strongest poorest lowest highest "
    "january february march april may june july august september october november december"))


@dataclass(frozen=True)
class Focus:
    """What a question asks for; ``clause`` is the part it was read from."""

    kind: str
    clause: str
    summary: str | None = None  # for "summary": recommendations, improve, weaknesses, ...
    #: "strengths" or "weaknesses" when the question asks what goes well or badly, with or
    #: without a narrower topic ("What is going wrong for care leavers?")
    polarity: str | None = None
    #: for "content": the kind of list asked for with a narrower topic, and the topic's stemmed
    #: words ("What needs to improve for care leavers?" → "improve", ("care", "leaver"))
    listed: str | None = None
    topic: tuple[str, ...] = ()


#: What opens a question without being part of it: a greeting or a "quick one:" ("Quick one:
#: which HMI led ...?"), and a request to be told ("Can you tell me the dates the team were on
#: site?", "I'd like to know ..."); not what is wanted ("I need the bit about ...").
_PREFACE = re.compile(
    r"^\s*(?:(?:a\s+)?(?:quick|one\s+more|another|last|simple)\s+(?:one|question|q|thing|check)"
    r"|question|hi|hello|hey|ok(?:ay)?|right|thanks)\s*[:,!–-]+\s*"
    r"|^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:tell|show|give)\s+me"
    r"(?:\s+please)?\s+(?=(?:what|how|when|where|which|who|whether|if|the|about)\b)"
    r"|^\s*(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?let\s+me\s+know\s+"
    r"|^\s*do\s+you\s+know\s+(?=(?:what|how|when|where|which|who|whether|if)\b)"
    r"|^\s*I(?:['’]d|\s+would)\s+like\s+to\s+know\s+|^\s*I\s+(?:need|want)\s+to\s+know\s+"
    # "I need the dates Ofsted spent in Newham", not "I need the bit about adoption"
    r"|^\s*I\s+(?:need|want)\s+(?=the\s+(?:exact\s+)?(?:dates?|name|number|figure|grade)s?\b)",
    _FLAGS)


#: What the asker is writing, said before a request to be told ("For a board paper I need to
#: know ..."); not when it names the report ("For a briefing on Kent 2017, ...").
_FOR_A_PAPER = re.compile(_WRITING_FOR + _ASKER_NEEDS, _FLAGS)


def without_preface(question: str) -> str:
    """``question`` less a greeting or a request to be told, which every part of reading it
    can do without ("I need to know which areas ..." names no area "in need").

    Example:
        >>> without_preface("Quick one: can you tell me who led the 2023 inspection?")
        'who led the 2023 inspection?'
    """
    text = question
    for _ in range(3):
        shorter = _PREFACE.sub("", _FOR_A_PAPER.sub("", text))
        if shorter == text or len(terms(shorter)) < 2:
            break
        text = shorter
    return text


#: What a question sets aside ("Besides its priority actions, what other ...?", "... – apart
#: from the headline priorities, list the others"): not its topic.
_SET_ASIDE = re.compile(r"(^|[–:-]\s*)(?:besides|apart from|aside from|other than)\b[^,?]{3,80},"
                        r"\s*", _FLAGS)


def main_clause(question: str) -> str:
    """The question less its framing.

    Example:
        >>> main_clause("When Wigan was inspected in 2025, how were disabled children supported?")
        'how were disabled children supported?'
    """
    clause = _PREFACE.sub("", _REPORT_FIRST.sub("", _SET_ASIDE.sub(
        r"\1", _PREFACE.sub("", question.strip()))))
    for _ in range(3):
        shorter = _PREFACE.sub("", _LEADING_FRAME.sub("", clause))
        body = shorter.rstrip("?. ")
        trimmed = _TRAILING_FRAME.sub("", body)
        # Never strip the whole question: framing is only framing when something is left,
        # and not the topic ("What did inspectors find when they visited houses in multiple
        # occupation?" leaves nothing to find out about).
        if len(terms(trimmed)) >= 2 and not (_bare(trimmed)
                                             and _holds_topic(body[len(trimmed):])):
            body = trimmed
        elif len(terms(body)) < 2:
            body = clause.rstrip("?. ")
        new = body + ("?" if question.rstrip().endswith("?") else "")
        if new == clause:
            break
        clause = new
    return clause


def _bare(text: str) -> bool:
    """Whether ``text`` names no topic: only the words that frame a question."""
    return all(t in _FRAME_WORDS or t.isdigit() for t in terms(text))


def _holds_topic(cut: str) -> bool:
    """Whether a "when ..." clause cut from a question names what it asks about ("when they
    visited houses in multiple occupation"), not only the visit to a named place."""
    return bool(re.match(r"\W*(?:when|while|during|after)\b", cut, re.IGNORECASE)) and \
        not _bare(re.sub(r"\b(?-i:[A-Z])\w*", " ", cut))


def summary_kind(clause: str, place_words: set[str] = frozenset()) -> str | None:
    """The kind of list a question asks for when it names no narrower topic."""
    asked = listed_topic(clause, place_words)
    return asked[0] if asked and not asked[1] else None


_SEND_PARTNERSHIP = re.compile(r"\b(?:local area |area |SEND |local )+partnership\b"
                               # "what have the council and health partners been told to
                               # improve for kids with SEND?" asks the whole SEND report's list
                               r"|\b(?:(?:the\s+)?(?:council|local authority)\s+and\s+)?"
                               r"(?:its\s+|their\s+)?health\s+partners\b"
                               r"|\b(?:for\s+)?(?:kids|children|young people|pupils|learners)"
                               r"(?:\s+and\s+young\s+people)?\s+with\s+(?-i:SEND)\b", _FLAGS)


def listed_topic(clause: str, place_words: set[str] = frozenset()
                 ) -> tuple[str, tuple[str, ...]] | None:
    """The kind of list a question asks for and the stemmed words of the topic that narrows
    it (none for the whole report's list).

    Example:
        >>> listed_topic("What needs to improve for care leavers?")
        ('improve', ('leaver',))
    """
    # The words of a question's frame stay, whatever else they name ("need" in "special
    # educational needs"): the cues are made of them.
    # the body a SEND inspection reports on ("Hertfordshire's SEND partnership") is no topic
    clause = _SEND_PARTNERSHIP.sub(" ", clause)
    clause = without_places(clause, set(place_words) - _FRAME_WORDS)
    for pattern, kind in SUMMARY_CUES:
        if pattern.search(clause):
            if kind == "weaknesses" and VERDICT.search(clause):
                # "the overall verdict, and did any area fall short of it?", "in a nutshell,
                # where was it falling short?": the report's own summary weighs both sides.
                kind = "overview"
            topic = [t for t in terms(clause) if t not in _FRAME_WORDS and t not in place_words
                     and not t.isdigit()]
            return kind, tuple(dict.fromkeys(topic))
    return None


def without_places(clause: str, place_words: set[str]) -> str:
    """``clause`` less the words of the places it names ("what must Knowsley improve" reads
    as "what must improve").

    Example:
        >>> without_places("What must Knowsley improve?", {"knowsley"})
        'What must improve?'
    """
    if not place_words:
        return clause
    kept = [w for w in clause.split()
            if not (terms(w) and all(t in place_words for t in terms(w)))]
    return " ".join(kept)


#: "What was missing from child-in-need plans?" asks what they lacked: "missing" is then no
#: topic of its own (unlike "children missing from home").
_LACKING = re.compile(r"\b(what(?:'s|’s|\s+(?:is|was|were|are|has been|had been))?(?:\s+still)?"
                      r"|anything|something)\s+(missing|absent)\s+(from|in)\b", _FLAGS)


#: "At what point ...?" asks when ("at what point should the plan be decided?"); "point" and
#: "stage" are no topic of it. ("At what stage of pre-proceedings ...?" names one.)
_WHEN_IDIOM = re.compile(r"\b(?:at|by)\s+(?:what|which)\s+(?:point|stage|juncture)\b"
                         r"(?!\s+of\b)", _FLAGS)


def plain_wording(question: str) -> str:
    """``question`` with its idioms for "when" said plainly.

    Example:
        >>> plain_wording("At what point should a child's permanence plan be decided?")
        "when should a child's permanence plan be decided?"
    """
    return _WHEN_IDIOM.sub("when", question)


def read_focus(question: str, place_words: set[str] = frozenset(),
               names_several_reports: bool = False) -> Focus:
    """The focus of ``question``; ``place_words`` are the stemmed words of the places it
    names (they narrow the reports, not the topic)."""
    clause = _LACKING.sub(r"\1 lacking \3", main_clause(question))
    focus = _read(clause, place_words, question, names_several_reports)
    return replace(focus, polarity=focus.polarity or polarity(clause))


def polarity(clause: str) -> str | None:
    """Whether a question asks what goes well ("strengths") or badly ("weaknesses").

    Example:
        >>> polarity("What was going wrong for care leavers?")
        'weaknesses'
    """
    for pattern, kind in SUMMARY_CUES:
        if kind in ("strengths", "weaknesses") and pattern.search(clause):
            return kind
        if kind == "improve" and pattern.search(clause):
            return "weaknesses"
    return None


def polarity_words(clause: str, lean: str | None) -> frozenset[str]:
    """The stemmed words of ``clause`` that ask which way the answer leans ("anything
    positive from frontline staff about senior leaders?" is about what staff said of leaders):
    a passage need not hold them to be about the topic, though it may.

    Example:
        >>> sorted(polarity_words("Anything positive about the care leavers' hub?", "strengths"))
        ['anyth', 'posit']
    """
    for pattern, kind in SUMMARY_CUES:
        if kind == lean:
            found = pattern.search(clause)
            if found:
                return frozenset(terms(found.group(0)))
    return frozenset()


#: "Why were care leavers graded requires improvement?" asks for the reasons, not the grade.
_WHY = re.compile(r"(?:^|[:;,]\s)\s*(?:why|how come|what (?:made|makes|led|leads|lay|lies"
                  r"|explains?|caused|was behind|is behind|were the reasons?))\b", _FLAGS)
_GRADE_WORDS = re.compile(
    r"\b(?:(?:was|were|is|are|been|being|get|got|gets|given|awarded|judged|graded|rated"
    r"|assessed)\s+)*(?:(?:as|at)\s+)?(?:an?\s+)?(?:grade[ds]?|judge?ments?|ratings?)?\s*"
    r"(?:of\s+)?(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate"
    r"|adequate)\b|\b(?:judged|graded|rated)\b"
    # "why did help and protection get the worst grade?"
    r"|\b(?:worst|lowest|poorest|bottom|best|highest|top)\s+(?:overall\s+)?(?:grade|rating"
    r"|judge?ment|mark)s?\b",
    _FLAGS)
_LOW_GRADE = re.compile(r"\b(?:inadequate|requires?\s+improvement|poor|weak|low|worse|down"
                        r"|worst|bottom)", _FLAGS)


def _reasons_for_grade(clause: str, place_words: set[str]) -> Focus | None:
    """A "why" question about a grade, read as what the report says for or against the area
    ("why were care leavers graded requires improvement?" → what was weak for care leavers),
    or, with no area, as the report's overview: its verdict and the summary that explains it
    ("why was Manchester rated inadequate in 2014?")."""
    if not (_WHY.search(clause) and _GRADE_WORDS.search(clause)):
        return None
    lean = "weaknesses" if _LOW_GRADE.search(clause) else "strengths"
    topic = " ".join(_GRADE_WORDS.sub(" ", clause).split())
    if not [t for t in terms(topic) if t not in _FRAME_WORDS and t not in place_words
            and not t.isdigit()]:
        return Focus("summary", clause, "overview", polarity=lean)
    return Focus("content", topic, polarity=lean)


def _read(clause: str, place_words: set[str], question: str,
          names_several_reports: bool) -> Focus:
    reasons = _reasons_for_grade(clause, place_words)
    if reasons:
        return reasons
    if _ADDRESSEE.search(clause):
        return Focus("addressee", clause)
    if _INSPECTOR.search(clause):
        return Focus("inspector", clause)
    if (_DATES.search(clause) or ASKS_DATE.search(clause) and _asks_of_last_one(question)) \
            and not _OTHER_INSPECTION.search(clause):
        return Focus("dates", clause)
    # "Were care leavers put up in B&Bs in Plymouth (2018) or Manchester (2017)?" asks both.
    # ("Greenwich 2024 and Stockport 2022 – how good was ...?" names both before the dash)
    if names_several_reports and (COMPARE.search(question) or " and " in question
                                  or " or " in question):
        return Focus("comparison", clause)
    asked = listed_topic(clause, place_words)
    if asked and not asked[1]:
        return Focus("summary", clause, asked[0])
    if FIGURE_QUESTION.search(clause) and not _HOW_DECIDED.search(clause) \
            and not _WHY_START.search(clause):
        return Focus("figure", clause)
    if _GRADE.search(_RATED_BY_OTHERS.sub(" ", clause)):
        return Focus("grade", clause)
    if asked:
        return Focus("content", clause, listed=asked[0], topic=asked[1])
    return Focus("content", clause)
