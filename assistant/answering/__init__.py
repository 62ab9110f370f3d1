"""Answer strategies: each module answers one kind of question, or declines with None.

    context.py         what every strategy sees (the index, search) and what it returns (Draft)
    focus.py           what a question asks for, read from the whole question
    metadata.py        who led the inspection, when it was
    judgement.py       grades, from the judgements parsed from each report
    section.py         a report's own lists: areas for improvement, strengths, summaries
    comparison.py      one answer per named report, side by side
    across_reports.py  timelines, counts and lists over many reports' judgements
    extractive.py      everything else: the sentences that answer, found by hybrid search

``assistant.answer.Assistant`` reads the question once and asks the strategies in turn.
"""
