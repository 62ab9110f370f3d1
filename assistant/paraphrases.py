"""Everyday words for things the reports name in the genre's own terms.

Users ask about "the front door", "the courts" or "the top job"; inspection reports write
"the multi-agency safeguarding hub", "care proceedings" and "the director of children's
services". This small table, and the abbreviations a report defines ("FGM (female genital
mutilation)"), give each question phrase the words a report may use instead. Search gets
them added to the question; the topic check (``answering.evidence``) counts a phrase as
present when a passage holds one of its alternatives.

Example:
    >>> expand_paraphrases("What happens at the front door in Wigan?")
    'What happens at the front door (referral, contact, MASH) in Wigan?'
    >>> sorted(glosses("How long do cases take in the courts?", "")["court"][0])
    ['proceed']
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.abbreviations import abbreviations_defined, long_forms_abbreviated
from assistant.search import terms

_MISSING = ("missing",)
_CUSTODY = ("custody",)
_DIRECTOR = ("director",)
_PERSONAL_ADVISERS = ("personal advisers", "PAs")
_PARENTS = ("parents",)
_EXCLUDED = ("exclusions", "excluded", "suspensions")
_EXPLOITED = ("sexual exploitation", "exploitation", "CSE")
_WORKLOAD = ("caseloads", "workload", "capacity", "pressures")
_PLACEMENT_MOVES = ("placement moves", "moves", "instability")

#: Question phrase → words the reports use for it, the commonest first (search adds the
#: first three). A phrase matches with or without a plural "s". Only the genre's stable
#: vocabulary belongs here, never one report's names.
PARAPHRASES: dict[str, tuple[str, ...]] = {
    # who does what
    "top job": _DIRECTOR,
    "boss": _DIRECTOR,
    "head of children's services": _DIRECTOR,
    "in charge": ("director", "manager", "head of service"),
    "councillor": ("elected members", "lead member", "political"),
    "care leaver worker": _PERSONAL_ADVISERS,
    "leaving care worker": _PERSONAL_ADVISERS,
    "key worker": _PERSONAL_ADVISERS,
    "foster parent": ("foster carer",),
    "adoptive parent": ("adopters",),
    "mums and dads": _PARENTS,
    "mum": ("mothers", "parents"),
    "dad": ("fathers", "parents"),
    "young parent": ("teenage parents", "parents"),
    "teenager": ("adolescents", "16- and 17-year-olds"),
    "older": ("secondary", "adolescents", "teenagers", "key stage 4"),
    "young offender": ("youth justice", "offending"),
    "youth offending team": ("youth justice",),
    "cabinet member": ("lead member", "elected members"),
    "bosses": ("leaders", "senior leaders", "managers"),
    "caseworker": ("social worker",),
    "advisor": ("adviser",),
    "relatives": ("connected carers", "family and friends", "kinship"),
    "family friend": ("connected carers", "family and friends", "kinship", "private fostering"),
    "grew up in care": ("care experienced", "care-experienced", "care leavers"),
    "grandparent": ("connected carers", "special guardianship", "kinship"),
    "aunt": ("connected carers", "family and friends", "kinship", "wider family",
             "extended family"),
    "nan": ("grandparents", "extended family", "wider family"),
    "grandad": ("grandparents", "extended family", "wider family"),
    "granny": ("grandparents", "extended family", "wider family"),
    "two hats": ("dual role", "also the director", "both roles"),
    "newly qualified": ("ASYE", "assessed and supported year"),
    "sweetener": ("incentives", "market supplements", "offer"),
    "kinship care": ("connected carers", "special guardianship"),
    "siblings": ("brothers and sisters",),
    "brothers and sisters": ("siblings",),
    "refugee": ("asylum-seeking", "UASC", "asylum", "unaccompanied", "migrant"),
    "teenage mum": ("young parents", "pregnant", "teenage pregnancy"),
    "teenage pregnancy": ("young parents", "pregnant"),
    "baby": ("infants", "pre-birth", "unborn"),
    "babies": ("infants", "pre-birth", "unborn"),
    # services and processes
    "front door": ("referral", "contact", "MASH", "multi-agency safeguarding hub",
                   "first response", "access and response", "duty and assessment"),
    "court": ("proceedings", "public law", "legal"),
    "judge": ("judiciary", "judicial", "court"),
    "before court": ("pre-proceedings", "public law outline", "PLO"),
    "heading for court": ("proceedings", "pre-proceedings", "PLO"),
    "going to court": ("proceedings", "pre-proceedings", "PLO"),
    "temporary social worker": ("agency", "interim"),
    "temporary staff": ("agency", "interim"),
    "temp": ("agency",),
    "bounced": _PLACEMENT_MOVES,
    "bouncing": _PLACEMENT_MOVES,
    "duty team": ("MASH", "referral", "first response", "contact"),
    "out of hours": ("emergency duty", "out-of-hours"),
    "nights and weekends": ("out of hours", "emergency duty"),
    "night": ("out of hours", "emergency duty"),
    "weekend": ("out of hours", "emergency duty"),
    "social services": ("children's social care",),
    "paperwork": ("recording", "records", "case records", "written"),
    "computer system": ("electronic recording system", "case management system", "IT system"),
    "waiting list": ("waiting times", "waiting", "delays"),
    "waiting ages": ("waiting times", "too long", "delays"),
    "wait ages": ("waiting times", "too long", "delays"),
    "off sick": ("sickness", "absence"),
    "sick leave": ("sickness", "absence"),
    "staff leaving": ("turnover", "retention"),
    "hang on to": ("retention", "retain", "turnover"),
    "hanging on to": ("retention", "retain", "turnover"),
    "hold on to": ("retention", "retain", "turnover"),
    "holding on to": ("retention", "retain", "turnover"),
    "workers to stay": ("retention", "retain", "turnover"),
    "staff to stay": ("retention", "retain", "turnover"),
    "trial area": ("pathfinder", "pilot", "trailblazer"),
    "reflect the local community": ("diverse", "representative"),
    "reflect the community": ("diverse", "representative"),
    "a say": ("co-production", "voice", "views", "involved"),
    "drop in": ("hubs", "one stop shop", "drop-in"),
    "hiring": ("recruitment", "recruit"),
    "speech therapy": ("speech and language",),
    "counselling": ("therapeutic", "therapy", "emotional support"),
    "drugs": ("substance misuse", "substance"),
    "alcohol": ("substance misuse", "substance"),
    "gangs": ("criminal exploitation", "county lines", "serious youth violence"),
    "knife crime": ("serious youth violence", "knife"),
    "trafficking": ("modern slavery", "trafficked", "NRM"),
    "police cell": ("police custody", "custody", "PACE"),
    "missing school": ("missing education", "attendance"),
    "skipping school": ("attendance", "persistent absence", "absence"),
    "truancy": ("attendance", "persistent absence"),
    "home-schooled": ("elective home education", "home educated"),
    "home schooling": ("elective home education", "home educated"),
    "taught at home": ("elective home education", "home educated"),
    "out of area": ("outside the local authority", "out of area", "distance"),
    "far from home": ("out of area", "outside the local authority", "distance"),
    "moved around": ("placement moves", "stability", "moves"),
    "seeing their family": ("family time", "contact with", "family contact"),
    "somewhere to live": ("accommodation", "housing"),
    "place to live": ("accommodation", "housing"),
    "university": ("higher education",),
    "sixth form": ("post-16", "further education", "college"),
    "kids' views": ("voice", "views", "wishes and feelings"),
    "listening to": ("voice", "views", "wishes and feelings"),
    "mental health": ("CAMHS", "emotional health", "emotional wellbeing"),
    "autism": ("neurodevelopmental", "autistic", "neuro-developmental", "neurodiversity"),
    "ADHD": ("neurodevelopmental", "neuro-developmental", "neurodiversity"),
    "domestic violence": ("domestic abuse",),
    "health check": ("health assessments",),
    "education plan": ("PEPs",),
    "exam results": ("attainment", "educational outcomes"),
    "exams": ("attainment", "educational outcomes", "GCSE"),
    "lessons": ("learning",),
    "OT": ("occupational therapy", "occupational therapist"),
    "making homes safer": ("adaptations", "equipment"),
    "national picture": ("national average", "nationally", "statistical neighbours"),
    "caseload": ("workload",),
    "cap": ("exceed", "maximum", "no more than", "limit"),
    "coping": ("morale", "workload", "manageable", "pressure"),
    "cope": ("morale", "workload", "manageable", "pressure"),
    "come back": ("next inspection", "monitoring inspection", "revisit"),
    "return visit": ("next inspection", "monitoring inspection", "revisit"),
    "B&B": ("bed and breakfast",),
    "staff turnover": ("changes of social worker", "stability of the workforce", "agency"),
    "things to do": ("activities", "leisure", "clubs"),
    "make a fuss": ("celebrate", "celebrated", "celebration"),
    "money": ("funding", "funded", "resource", "investment", "budget", "grant", "allowance"),
    # what happens to children
    "run away": _MISSING,
    "running off": _MISSING,
    "running away": _MISSING,
    "ran away": _MISSING,
    "runaway": _MISSING,
    "prison": _CUSTODY,
    "jail": ("prison", "custody"),
    "locked up": _CUSTODY,
    "kicked out of school": _EXCLUDED,
    "kicked out": _EXCLUDED,
    "expelled": _EXCLUDED,
    "thrown out of school": _EXCLUDED,
    "groomed": _EXPLOITED,
    "claims against": ("allegations", "designated officer"),
    "claims that": ("allegations", "designated officer"),
    # allegations against people who work with children go to the designated officer (LADO)
    "adults working with children": ("LADO", "designated officer", "allegations"),
    "adults who work with children": ("LADO", "designated officer", "allegations"),
    "staff who work with": ("LADO", "designated officer", "allegations"),
    "accused of harming": ("allegations", "LADO", "designated officer"),
    "allegations against staff": ("LADO", "designated officer"),
    "nowhere to live": ("homeless", "homelessness"),
    "sofa surfing": ("sofa surfing", "homeless", "unsuitable accommodation"),
    "claim benefits": ("no recourse to public funds", "NRPF"),
    "perk": ("local offer", "entitlements", "offer"),
    "ID": ("identification", "documents", "birth certificate"),
    "passport": ("key documents", "documents", "identification"),
    "plan B": ("contingency", "contingency planning", "parallel planning"),
    "back-up plan": ("contingency", "contingency planning", "parallel planning"),
    "read English": ("translated", "interpreters", "English as an additional language"),
    "chase up": ("tracking", "follow up", "followed up"),
    "vanish": _MISSING,
    "ring someone": ("consultation line", "advice line", "helpline"),
    "top brass": ("senior leadership team", "senior leaders", "chief executive"),
    "abusers": ("perpetrators", "offenders"),
    "going after": ("target", "targeting", "pursue"),
    "walk out of care": ("discharged themselves", "left care", "disengaged"),
    "with a view to adopting": ("concurrent", "foster to adopt", "fostering for adoption"),
    "raise the alarm": ("alerts", "escalation", "concerns raised"),
    "get dropped": ("continue to be supported", "closed", "ends"),
    "left care": ("ceased to be looked after",),
    "birth certificate": ("key documents", "documents", "identification"),
    "important papers": ("key documents", "documents", "identification"),
    "self-assessment": ("self-evaluation", "self-evaluated", "know themselves"),
    "self-evaluation": ("self-assessment", "self-assessed", "know themselves"),
    "nowhere to move on": ("move-on accommodation", "move on"),
    "checked": ("audited", "reviewed"),
    "look after a parent": ("young carers",),
    "looking after a parent": ("young carers",),
    "caring for a parent": ("young carers",),
    "care for a parent": ("young carers",),
    "look after someone": ("young carers",),
    "looking after someone": ("young carers",),
    "care for someone": ("young carers",),
    "caring for someone": ("young carers",),
    "look after a family member": ("young carers",),
    "looking after a family member": ("young carers",),
    # a parent who is ill ("look after a sick or disabled parent")
    "look after a sick": ("young carers",),
    "look after a poorly": ("young carers",),
    "looking after their parents": ("young carers",),
    "look after their parents": ("young carers",),
    "caring for a sick": ("young carers",),
    "care for a family member": ("young carers",),
    "caring for a family member": ("young carers",),
    "grooming": _EXPLOITED,
    "asylum seeker": ("asylum-seeking", "UASC"),
    "coming into care": ("edge of care", "entering care"),
    "back in care": ("returned to be looked after", "returned to care", "re-entered care"),
    "talk to": ("interviews", "spoken with", "direct work"),
    "talking to": ("interviews", "spoken with", "direct work"),
    "crime": ("offending", "criminal", "youth justice"),
    "new social worker": ("changes of social worker", "same social worker"),
    "council flat": ("tenancy", "housing"),
    "flat": ("tenancy", "accommodation", "housing"),
    "fun": ("activities", "leisure", "clubs"),
    "job": ("employment", "careers", "work experience"),
    "LGBT": ("LGBTQ", "sexual orientation", "gender identity", "Pride"),
    # how things are run
    "on their plate": _WORKLOAD,
    "too much on": _WORKLOAD,
    "stretched": _WORKLOAD,
    "mistake": ("errors", "inaccuracies"),
    "hack": ("cyberattack", "cyber"),
    "hacked": ("cyberattack", "cyber"),
    "private business": ("confidentiality", "information is shared"),
    "privacy": ("confidentiality",),
    "settled": ("stable", "permanent", "stability"),
    "keep track": ("tracking", "monitoring", "oversight", "recording"),
    "grip": ("oversight", "understanding", "grip"),
    "slip through the net": ("missed", "gaps", "drift", "oversight"),
    "on the spot": ("immediate action", "immediately", "during the inspection"),
    "foot in the door": ("work experience", "apprenticeships", "employment"),
    "cut loose": ("support ends", "up to 25", "over 21"),
    "on standby": ("emergency", "bridging", "available"),
    "a long way from home": ("out of area", "distance", "outside the local authority"),
    "out of county": ("out of area", "outside the local authority", "distance"),
    "skint": ("poverty", "financial hardship", "deprivation"),
    "chief exec": ("chief executive",),
    "spotting": ("identifying", "identification", "recognising"),
    "hold-up": ("delays", "delay", "drift"),
    "serving time": ("custody", "prison", "custodial"),
    "behind bars": ("custody", "prison", "custodial"),
    "befriend": ("independent visitor", "mentor"),
    "befriender": ("independent visitor", "mentor"),
    "volunteer visitor": ("independent visitor",),
    "fall off a cliff": ("transition", "adult services", "preparing for adulthood"),
    "speak for them": ("advocacy", "advocate", "advocates"),
    "crisis point": ("edge of care", "early help", "short breaks"),
    "use words": ("non-verbal", "communication", "communicate"),
    "degree": ("university", "higher education", "graduated"),
    "privately": ("private fostering", "privately arranged"),
    "tough": ("complex", "complexity", "challenging"),
    "moved on": ("progress", "improved", "improvement"),
    "easy to follow": ("clear", "accessible", "understand"),
    "speak English": ("English as an additional language", "interpreters", "first language"),
    "speak much English": ("English as an additional language", "interpreters",
                           "first language"),
    "clout": ("influence", "impact", "listened to"),
    "handed over": ("commissioned", "outsourced", "delivered by"),
    "special status": ("protected characteristic",),
    "old files": ("records", "access to records", "case records"),
    "call-out": ("notifications", "incidents", "referrals"),
    "kept track": ("tracking", "monitoring", "oversight", "recording"),
    "tabs": ("tracking", "monitoring", "oversight"),
    "private arrangement": ("private fostering", "privately arranged"),
    "helpline": ("advice line", "consultation line", "telephone"),
    "phone line": ("advice line", "helpline", "telephone"),
    # someone who "calls up worried about a child" makes a contact or a referral
    "calls up": ("contacts", "referrals", "front door"),
    "rings up": ("contacts", "referrals", "front door"),
    "phones in": ("contacts", "referrals", "front door"),
    # the way a council's social workers work is its "practice model"
    "social work approach": ("practice model", "model of practice", "casework model"),
    "way of working": ("practice model", "model of practice", "approach"),
    "pat on the back": ("celebrated", "achievements", "rewarded"),
    "handle on": ("understanding", "oversight", "grip"),
    "juggling": _WORKLOAD,
    "pile-up": ("backlog", "delays", "waiting"),
    "pile up": ("backlog", "delays", "waiting"),
    "push back": ("challenge", "escalate", "escalation"),
    "spread the word": ("awareness", "raise awareness", "publicity"),
    "alarm bells": ("concerns", "serious concerns", "warning"),
    "sign off": ("delegated authority", "consent", "approve", "oversee"),
    "everyday things": ("delegated authority", "day-to-day decisions"),
    "voluntary agreement": ("section 20", "voluntarily accommodated", "parental consent"),
    "sit down with": ("return home interviews", "direct work", "spoke with"),
    "carve": ("localities", "locality", "areas"),
    "kick off": ("launched", "introduced", "started"),
    "kicked off": ("launched", "introduced", "started"),
    "shake-up": ("restructure", "transformation", "programme"),
    "slipped": ("declined", "deteriorated", "weaker"),
    "on their own seeking asylum": ("unaccompanied", "UASC", "asylum-seeking"),
    "in the job": ("in post", "appointed", "since"),
    "badge": ("accreditation", "recognition", "status"),
    "top marks": ("outstanding",),
    "lost touch": ("not in touch", "out of touch", "keep in touch"),
    "snowed under": _WORKLOAD,
    "sweetened": ("incentives", "market supplements", "offer"),
    "slipping through the net": ("missed", "gaps", "drift", "oversight"),
    "slipped through the net": ("missed", "gaps", "drift", "oversight"),
    "drop into": ("hubs", "one stop shop", "drop-in"),
    "popped into": ("focused visit", "monitoring visit", "visit"),
    "fresh out of training": ("newly qualified", "ASYE", "assessed and supported year"),
    "brand-new social worker": ("newly qualified", "ASYE", "assessed and supported year"),
    "reorganisation": ("restructure", "restructured", "new model"),
    "queueing": ("waiting", "waiting list", "waits"),
    "queuing": ("waiting", "waiting list", "waits"),
    "dentist": ("dental", "dental checks", "oral health"),
    "warning letter": ("letter before proceedings", "pre-proceedings", "letters"),
    "GCSE": ("key stage 4", "attainment", "qualifications"),
    "closer to home": ("local", "in the area", "within"),
    "on the books": ("employed", "agency", "workforce"),
    "dropped off the school roll": ("missing education", "removed from roll", "off-rolled"),
    "hub home": ("Mockingbird", "hub carer", "constellation"),
    "clustered": ("Mockingbird", "constellation", "hub"),
    "listened": ("views", "voice", "heard"),
    "listen to": ("views", "voice", "heard"),
    "stretch": ("extended", "extend", "up to"),
    "equality protection": ("protected characteristic", "equality"),
    "play a part": ("contributed", "involved", "participated"),
    "play any part": ("contributed", "involved", "participated"),
    # an adoption or a placement that breaks down is "disrupted" in the genre's words
    "break down": ("disruption", "disrupted", "breakdown"),
    "broke down": ("disruption", "disrupted", "breakdown"),
    "broken down": ("disruption", "disrupted", "breakdown"),
    "breaking down": ("disruption", "disrupted", "breakdown"),
    "entitled to": ("rights", "entitlements", "entitlement"),
    "pulling its weight": ("effective", "effectiveness", "impact"),
    "pulling their weight": ("effective", "effectiveness", "impact"),
    "beefing up": ("strengthened", "strengthening", "improved"),
    "beefed up": ("strengthened", "strengthening", "improved"),
    "sticking around": ("retention", "stability", "turnover"),
    "stick around": ("retention", "stability", "turnover"),
    "on the brink": ("at risk of entering care", "edge of care", "at risk"),
    "turn things round": ("capacity to improve", "improve", "improvement"),
    "turn things around": ("capacity to improve", "improve", "improvement"),
    "turn it round": ("capacity to improve", "improve", "improvement"),
    "turn it around": ("capacity to improve", "improve", "improvement"),
    "stepping in": ("intervention", "direction", "commissioner"),
    "step in": ("intervention", "direction", "commissioner"),
    "speak up for": ("advocacy", "advocate", "advocates"),
    "getting ready": ("preparing", "preparation", "skills"),
    "less urgent": ("lower-level", "low-level", "non-urgent"),
    "moved abroad": ("left the country", "overseas", "abroad"),
    "off school roll": ("missing education", "removed from roll", "off-rolled"),
    "grow its own": ("academy", "career progression", "recruitment"),
    "grow their own": ("academy", "career progression", "recruitment"),
    "grow and keep": ("academy", "recruitment", "retention"),
    "social workers leaving": ("turnover", "retention", "left"),
    "rest of the country": ("national", "nationally", "England"),
    "against England": ("national", "nationally", "England"),
    "jump": ("increase", "rise", "rose"),
    "settle on": ("deciding on", "decision", "agreed"),
    "trouble with the law": ("offending", "youth justice", "criminal"),
    "trouble with the police": ("offending", "youth justice", "criminal"),
    "let schools know": ("sharing with schools", "notification", "informed"),
    "check the quality": ("audit", "evaluations", "quality assurance"),
    "checking the quality": ("audit", "evaluations", "quality assurance"),
    "checks on quality": ("audit", "evaluations", "quality assurance"),
    "performance figures": ("performance information", "data", "performance data"),
    "motto": ("shared vision", "vision", "strapline"),
    "discrimination": ("protected characteristic", "equality", "diversity"),
    "share tips": ("peer support", "support each other", "peer mentoring"),
    "get together": ("meets", "meet", "meeting"),
    "running the show": ("leaders", "leadership", "senior leaders"),
    "road to court": ("pre-proceedings", "PLO", "public law outline"),
    "hit by": ("affected by", "experiencing", "impact of"),
    "case notes": ("records", "recording", "case records"),
    "NHS body": ("ICB", "integrated care board", "clinical commissioning group"),
    "lift": ("improve", "raise", "raising"),
    "primary school results": ("key stage 2", "attainment", "outcomes"),
    "A&E": ("accident and emergency", "emergency department", "hospital"),
    "keeping track": ("tracking", "monitoring", "oversight", "recording"),
    "forgotten about": ("out of sight", "oversight", "overlooked"),
    "outside the county": ("away from", "out of area", "outside the local authority"),
    "outside the area": ("away from", "out of area", "outside the local authority"),
    "medical history": ("health histories", "health history", "health information"),
    "medical background": ("health histories", "health history", "health information"),
    "when they were little": ("childhood", "early life", "early years"),
    "brought up to date": ("updated", "reviewed", "review"),
    "slogan": ("logo", "strapline", "motto"),
    "therapy": ("therapeutic", "psychologist", "psychology"),
    # everyday words for workload, housing, health, schooling and family support
    "drowning": _WORKLOAD,
    "rosy": ("over-optimistic", "overly optimistic", "overly positive"),
    "freebies": ("free leisure", "leisure pass", "free"),
    "first dibs": ("priority", "priority banding", "prioritised"),
    "school radar": ("missing education", "children missing education"),
    "wheelchair": ("equipment", "adaptations"),
    "from abroad": ("new arrivals", "overseas", "arrived in the country"),
    "on their own from abroad": ("unaccompanied", "UASC", "asylum-seeking"),
    "admitted to hospital": ("dynamic support register", "tier 4", "hospital"),
    "had children taken": ("Pause", "recurrent", "removed"),
    "outside auditor": ("independent audit", "external audit", "commissioned"),
    "drink": ("alcohol", "substance misuse"),
    "little ones": ("early years", "young children", "babies"),
    "instead of medicine": ("social prescribing",),
    "family or friends": ("connected carers", "family and friends", "kinship"),
    "falling apart": ("breakdown", "edge of care", "edge-of-care", "disruption", "stability"),
    "rather than in care": ("edge of care", "edge-of-care", "prevent"),
    "ran off": _MISSING,
    "cheaply": ("afford", "affordable", "low cost"),
    "internet": ("Wi-Fi", "digital", "online"),
    "hired-in": ("commissioned", "agency", "interim"),
    "hire": ("recruit", "recruitment"),
    "lonely": ("isolation", "isolated", "loneliness"),
    "get a break": ("respite", "short breaks"),
    "rows at home": ("domestic abuse", "domestic violence", "parental conflict"),
    "drug running": ("county lines", "criminal exploitation"),
    "people smuggling": ("trafficking", "trafficked", "modern slavery"),
    "mosque": ("faith", "faith groups", "communities"),
    "shortage": ("vacancies", "vacancy", "workforce"),
    "housing": ("accommodation", "suitable accommodation"),
    "voice": ("views", "wishes and feelings", "participation"),
    "video interview": ("Achieving Best Evidence", "ABE", "joint interviews"),
    "can't talk": ("non-verbal", "communication", "preferred communication"),
    "died": ("bereavement", "death", "loss"),
    "deaf": ("hearing impairment", "sensory", "hearing"),
    "ethnic": ("ethnicity", "cultural", "identity"),
    "violent towards": ("child-to-parent violence", "relationship abuse", "harmful behaviour"),
    "gay": ("same-sex", "LGBT", "LGBTQ"),
    "few hours a day": ("part-time timetables", "reduced timetables", "part-time"),
    "danger": ("risk", "risks", "harm"),
    "anti-extremism": ("Prevent", "radicalisation", "extremism"),
    "permission": ("consent",),
    "dig into": ("scrutiny", "oversight", "challenge"),
    "anxiety": ("emotional", "mental health", "wellbeing"),
    "dispute": ("mediation", "disagreement", "tribunal"),
    "grown-up": ("adulthood", "adult life"),
    "out of work and education": ("NEET", "not in education, employment or training"),
    "gadget": ("app", "tablet", "technology"),
    "newborn": ("babies", "infants", "pre-birth"),
    "unborn": ("pre-birth", "pregnant", "pregnancy"),
    "kept aside": ("ring-fenced", "ringfenced", "guaranteed"),
    "info online": ("web-based", "website", "information"),
    "info": ("information",),
    "doctor": ("GP", "health professionals", "paediatrician"),
    "slow anything down": ("delay", "delays", "drift"),
    "for ages": ("too long", "drift", "delay"),
    "top-rated": ("outstanding",),
    "go-ahead": ("placement order", "approval", "agreed"),
    "aftercare": ("leaving care", "care leavers", "personal advisers"),
    "made themselves homeless": ("intentionally homeless", "intentionality"),
    "check in on": ("keep in touch", "contact", "in touch"),
    "strain": ("pressure", "pressures", "capacity"),
    "diagram": ("genogram", "genograms", "ecomap"),
    "language barrier": ("interpreters", "first language", "translation"),
    "warning stage": ("pre-proceedings", "Public Law Outline", "PLO"),
    "enjoy working": ("morale", "proud to work", "positive about working"),
    "in the room": ("attend", "participate", "attending"),
    "immigration": ("asylum", "immigration status", "legal status"),
    "first talks": ("strategy discussions", "strategy meetings"),
    "in danger": ("at risk", "risk of harm", "significant harm"),
    "joined-up": ("integrated", "multi-agency", "think family"),
    "whole household": ("whole family", "whole-family", "think family"),
    "before things": ("early help", "early intervention", "prevention"),
    "instagram": ("social media", "WhatsApp", "text messages"),
    "growing up poor": ("poverty", "deprivation", "free school meals"),
    "failing": ("inadequate",),
    "box-ticking": ("compliance", "process-driven", "compliance-focused"),
    "through the cracks": ("missed", "not identified", "unknown"),
    "who's who": ("genogram", "family network", "ecomap"),
    "map out": ("genogram", "family network", "ecomap"),
    "bumped up": ("priority", "prioritised"),
    "miles away": ("out of area", "at a distance", "outside the local authority"),
    "miles from home": ("out of area", "at a distance", "outside the local authority"),
    "nearer home": ("close to home", "closer to home", "local"),
    "let out early": ("early release", "released"),
    "the bar": ("threshold",),
    "survey": ("questionnaire", "consultation", "Bright Spots"),
    "goal": ("outcomes", "targets"),
    "relaxation": ("flexibilities", "regulation flexibilities"),
    "hotel": ("night-time economy", "licensing", "taxi"),
    "pub": ("night-time economy", "licensing", "taxi"),
    "cycling": ("bikes", "bicycle", "travel"),
    "handed over from": ("transfer", "transition", "handover"),
    "make sense of": ("understand", "accessible", "clear"),
    "equality rules": ("protected characteristic",),
    "like race or disability": ("protected characteristic",),
    "who they are": ("identity",),
    "faith": ("religion", "religious", "cultural"),
    "school plan": ("personal education plans", "PEP"),
    "their past": ("life story", "life-story work", "later life letters"),
    "where they came from": ("life story", "life-story work", "identity"),
    "without proper care": ("neglect",),
    "first calls": ("contacts", "front door", "referrals"),
    "school money": ("pupil premium", "funding"),
    "turning up to": ("attendance", "attending"),
    "jump the queue": ("priority", "prioritised", "fast-track"),
    "in the dark": ("aware", "awareness", "information"),
    "patchy": ("inconsistent", "variable", "variability"),
    "patchier": ("inconsistent", "variable", "variability"),
    "at the table": ("attend", "attendance", "represented"),
    "a hand in": ("co-produced", "co-production", "involved"),
    "uni": ("university", "higher education"),
    "turnaround": ("improvement", "improved", "progress"),
    "toddler": ("young children", "pre-verbal", "early years"),
    "boyfriend": ("partners", "men", "fathers"),
    "stepdad": ("partners", "men", "fathers"),
    "freedom": ("liberty", "deprivation of liberty", "DoLS"),
    "job centre": ("DWP", "Department for Work and Pensions", "Jobcentre"),
    "sitting alongside": ("co-located", "co-location", "based"),
    "too ready to believe": ("over-optimistic", "optimistic", "naive"),
    "wobble": ("tenancy breakdown", "difficulties", "at risk"),
    "wobbled": ("tenancy breakdown", "difficulties", "at risk"),
    "checking": ("audit", "quality assurance", "oversight"),
    "shaping": ("influence", "co-production", "participation"),
    "teach their kids at home": ("elective home education", "home educated"),
    "workload": ("caseloads", "capacity"),
    "other councils": ("other local authorities", "out of area", "other areas"),
    "auntie": ("connected carers", "family and friends", "kinship"),
    "uncle": ("connected carers", "family and friends", "kinship"),
    "nowhere to sleep": ("homeless", "homelessness"),
    "nowhere to stay": ("homeless", "homelessness"),
    "violence at home": ("domestic abuse", "domestic violence"),
    "off the school roll": ("missing education", "removed from roll", "off-rolled"),
    "hearing test": ("audiology", "hearing"),
    "on buses": ("travel training", "independent travel", "transport"),
    "bus": ("travel", "transport"),
    "investigation": ("enquiries", "section 47"),
    "file": ("records", "recording", "case records"),
    "film": ("video", "DVD", "documentary"),
    "tech": ("technology", "digital", "virtual reality"),
    "their phones": ("app", "mobile", "digital"),
    "permanent contracts": ("permanent staff", "permanent", "agency"),
    "watched": ("monitored", "tracked", "oversight"),
    "younger kids": ("junior", "younger children", "primary"),
    "younger children": ("junior", "primary"),
    "teacher": ("schools", "school staff", "designated teachers"),
    "neighbour": ("members of the public", "community", "public"),
    "family meeting": ("family group conferences", "family network meetings", "family group"),
    "for keeps": ("permanence", "permanent", "permanently"),
    "unsure": ("uncertainty", "uncertain", "unclear"),
    "jargon": ("language", "terminology", "words"),
    "work mobile": ("phones", "mobile phones"),
    "mobiles": ("phones", "mobile phones"),
    "handbook": ("guide", "booklet", "pack"),
    "lost track": ("whereabouts", "not in touch", "out of touch"),
    "slid": ("deteriorated", "declined", "deterioration"),
    "cash to": ("direct payments", "personal budgets"),
    "top people": ("senior leaders", "leaders", "senior managers"),
    "nearby": ("local", "locally", "community"),
    "taught outside school": ("other than at school", "alternative provision", "home educated"),
    "educated outside school": ("other than at school", "alternative provision", "home educated"),
    "school roll": ("missing education", "removed from roll", "off-rolled"),
    "development scheme": ("regeneration", "capital", "commissioning"),
    "building scheme": ("regeneration", "capital", "commissioning"),
    "start in work": ("apprenticeships", "employment", "work experience"),
    "houseful": ("capacity", "other children", "several children"),
    "get a read on": ("understanding", "assess", "questionnaires"),
    "eased back": ("step down", "step-down", "stepped down"),
    "eased off": ("step down", "step-down", "stepped down"),
    "moved up to": ("step up", "step-up", "escalating", "escalated"),
    "lone": ("unaccompanied",),
    "lawyer": ("legal", "solicitors", "legal representation"),
    "dropping out": ("NEET", "not in education, employment or training", "disengaged"),
    "drop out": ("NEET", "not in education, employment or training", "disengaged"),
    "staff shortage": ("workforce capacity", "capacity", "recruitment"),
    "software": ("system", "recording system", "IT"),
    "close eye": ("monitored", "tracked", "oversight"),
    "letters warning": ("letter before proceedings", "pre-proceedings", "letters"),
    "brought in": ("appointment", "appointed", "introduced", "involved"),
    "realistic": ("accurate", "self-assessment", "self-evaluation"),
    "boiling over": ("crisis", "escalate", "breakdown"),
    "pass back and forth": ("move between", "repeatedly", "re-referrals"),
    "pupil referral unit": ("alternative provision", "PRU"),
    "off-site": ("alternative provision",),
    "buying services": ("commissioning", "commissioned", "commission"),
    "NHS": ("clinical commissioning group", "CCG", "integrated care board", "health partners"),
    "groundwork": ("work", "preparation", "prior"),
    "undone": ("not completed", "incomplete", "completed"),
    "money come from": ("funded", "funding", "bid", "grant"),
    "marry": ("marriage",),
    "sign up": ("recruit", "recruitment", "register"),
    "faking": ("fabricating", "fabricated", "induced"),
    "notice": ("spot", "identify", "recognise"),
    "deadline": ("timescale", "timescales", "within"),
    "finish": ("complete", "completion", "completed"),
    "get their words out": ("communication needs", "communicate", "non-verbal"),
    "wrote": ("records", "recorded", "written"),
    "special days": ("special occasions", "birthdays", "celebration"),
    "work flexibly": ("agile working", "agile", "hybrid"),
    "skipping": ("not undertaken", "not completed", "missed"),
    "money troubles": ("budget pressures", "financial pressures", "budget"),
    "money problems": ("budget pressures", "financial pressures", "budget"),
    "pulled into": ("involvement", "drawn into", "at risk of"),
    "racist": ("racism", "racial", "discrimination"),
    "taunt": ("bullying", "racism", "abuse"),
    "emergency powers": ("police protection", "emergency protection orders", "police powers"),
    "honest": ("accurate", "self-assessment", "realistic"),
    "top officer": _DIRECTOR,
    "health watchdog": ("Care Quality Commission", "CQC"),
    "pass on": ("handover", "information", "transfer"),
    "pass them on": ("handover", "information", "transfer"),
    "people at the top": ("senior leaders", "leaders", "leadership"),
    "reviewing officer": ("IRO", "IROs", "independent reviewing officer"),
    "asset": ("strength", "strengths"),
    "chat": ("interview", "return interviews", "conversation"),
    "once a season": ("every three months", "quarterly", "three-monthly"),
    "mixed-heritage": ("mixed", "dual heritage", "mixed ethnicity"),
    "mixed heritage": ("mixed", "dual heritage", "mixed ethnicity"),
    "measures": ("indicators", "performance indicators", "KPIs"),
    "at the top": ("senior leaders", "leadership", "leaders"),
    "bars and clubs": ("night-time economy", "licensed premises", "taxi"),
    "pubs and clubs": ("night-time economy", "licensed premises", "taxi"),
    "on his plate": ("workload", "capacity", "responsibilities"),
    "on her plate": ("workload", "capacity", "responsibilities"),
    "buying in": ("commissioned", "decommissioned", "in-house"),
    "disappearing": _MISSING,
    "owning": ("option to buy", "buy", "ownership"),
    "easy to understand": ("clarity", "clear", "accessible"),
    "straight answers": ("clear", "responses", "accurate responses"),
    "write up": ("prepare", "action plan", "written"),
    "emergency cover": ("out of hours", "outside office hours", "emergency duty"),
    "outside office hours": ("out of hours", "emergency duty", "out-of-hours"),
    "over-18s": ("18+", "over 18", "adults"),
    "outside help": ("support from", "sector-led improvement", "partners in practice"),
    # amounts
    "a day": ("24 hours", "one working day"),
    "cut": ("reduced", "reduction", "fallen"),
}
#: Alternatives search adds after a phrase.
SEARCH_ALTERNATIVES = 3

_PHRASES = sorted(PARAPHRASES, key=len, reverse=True)


def expand_paraphrases(question: str) -> str:
    """``question`` with the reports' words in brackets after each everyday phrase."""
    out = question
    asked = set(terms(question))
    lowered = out.lower()
    for phrase in _PHRASES:
        match = _search(phrase, out, lowered)
        if not match:
            continue
        # Words the question already uses ("mental health (CAMHS)") are not added again.
        new = [a for a in PARAPHRASES[phrase] if not set(terms(a)) <= asked]
        if new and not out[match.end():].lstrip().startswith("("):
            added = ", ".join(new[:SEARCH_ALTERNATIVES])
            out = f"{out[:match.end()]} ({added}){out[match.end():]}"
            lowered = out.lower()
    return out


def glosses(question: str, corpus: str) -> dict[str, list[frozenset[str]]]:
    """Stem of a question word → sets of stems that stand for it in a report: a phrase's
    alternatives, an abbreviation's long form, and the long form's abbreviation."""
    out: dict[str, list[frozenset[str]]] = {}
    lowered = question.lower()
    for phrase in _PHRASES:
        match = _search(phrase, question, lowered)
        if match:
            options = [frozenset(terms(a)) for a in PARAPHRASES[phrase]]
            # the words as asked ("B&Bs" is the word "bs"), not as the table spells them
            for stem in terms(match.group(0)):
                out.setdefault(stem, []).extend(o for o in options if o)
    pairs = abbreviations_defined(question, corpus) + [
        (short, long_form) for long_form, short in long_forms_abbreviated(question, corpus)]
    for short, long_form in pairs:
        short_stems, long_stems = frozenset(terms(short)), frozenset(terms(long_form))
        for stem in short_stems:
            out.setdefault(stem, []).append(long_stems)
        for stem in long_stems:
            out.setdefault(stem, []).append(short_stems)
    return out


@lru_cache(maxsize=4096)
def phrase_words(question: str) -> tuple[str, ...]:
    """Stems of the everyday phrases of the table that ``question`` uses, as asked: each
    names something a report must hold in its own words, however common the words ("look
    after a parent" is young carers, "a say" co-production).

    Example:
        >>> phrase_words("Do kids who look after a parent get help?")
        ('look', 'parent')
    """
    out: list[str] = []
    lowered = question.lower()
    for phrase in _PHRASES:
        match = _search(phrase, question, lowered)
        if match:
            out += terms(match.group(0))
    # remembered: the topic check and the figure's sentence both ask, every question
    return tuple(dict.fromkeys(out))


def _phrase_pattern(phrase: str) -> re.Pattern:
    """The phrase as a question may write it: any apostrophe, spaces or hyphens between its
    words, a plural "s" or not."""
    first, *rest = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
    # ... and a verb that opens a phrase in any of its forms ("growing its own")
    inflect = rest and phrase not in _AS_WRITTEN
    words = r"[\s-]+".join([_inflected(first) if inflect else first] + rest)
    return re.compile(rf"\b{words}s?\b", re.IGNORECASE)


#: Phrases whose other forms mean something else: Ofsted will "come back", but children
#: "coming back" home are returning from missing; "a drop-in" is a place, "dropped in" a visit.
_AS_WRITTEN = frozenset({"come back", "drop in"})


def _inflected(word: str) -> str:
    """A pattern for ``word`` and its regular verb forms: "grow" / "grows", "growing",
    "grown"; "move" / "moving", "moved"; "step" / "stepping", "stepped"."""
    if not word.isalpha() or len(word) < 3:
        return word
    if word.endswith("e"):
        return rf"{word[:-1]}(?:e|es|ed|ing)"
    doubled = word[-1] if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" else ""
    doubled_forms = f"|{doubled}ing|{doubled}ed" if doubled else ""
    return rf"{word}(?:s|es|ed|ing|n{doubled_forms})?"


#: Compiled once: every question is matched against every phrase.
_PATTERNS = {phrase: _phrase_pattern(phrase) for phrase in PARAPHRASES}
#: The phrase's last word, which any match holds as written (only a first word takes other
#: forms): a question without it is not searched (a substring test costs a tenth of a search).
_LAST_WORDS = {phrase: phrase.split()[-1].lower() for phrase in PARAPHRASES
               if "'" not in phrase.split()[-1]}


def _search(phrase: str, text: str, lowered: str) -> re.Match | None:
    """``_PATTERNS[phrase].search(text)``, ``lowered`` being ``text.lower()``."""
    last = _LAST_WORDS.get(phrase)
    if last is not None and last not in lowered:
        return None
    return _PATTERNS[phrase].search(text)
