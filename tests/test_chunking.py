"""Chunks follow paragraphs and keep their locators and heading context."""

from __future__ import annotations

from assistant.chunking import chunk_report, sentence_texts, split_text
from assistant.citations import is_verbatim


def test_chunk_carries_heading_and_grade(sample_report, embedder):
    chunks = [c for c in chunk_report(sample_report, 200, 30, embedder.count_tokens)
              if c.paragraph == 43]
    assert chunks[0].embed_text.startswith(
        "Sefton 2011 | Safeguarding services > Partnership working (grade: good)\n")
    assert "Partnership working arrangements are good." in chunks[0].text
    assert chunks[0].section == "Safeguarding services > Partnership working"


def test_long_paragraph_pieces_all_keep_the_number_and_fit_the_window(sample_report, embedder):
    chunks = list(chunk_report(sample_report, 200, 30, embedder.count_tokens))
    eleven = [c for c in chunks if c.paragraph == 11]
    assert len(eleven) > 1
    for chunk in chunks:
        assert embedder.count_tokens(chunk.embed_text) <= embedder.max_tokens
    paragraphs = {p.number: p.text for p in sample_report.paragraphs if p.number}
    for chunk in eleven:
        assert is_verbatim(chunk.text, paragraphs[11])


def test_paragraph_not_split_when_it_fits(sample_report, embedder):
    chunks = list(chunk_report(sample_report, 200, 30, embedder.count_tokens))
    counts = {}
    for chunk in chunks:
        counts[chunk.paragraph] = counts.get(chunk.paragraph, 0) + 1
    for para in sample_report.paragraphs:
        if para.number and embedder.count_tokens(para.text) < 150:
            assert counts[para.number] == 1, para.number


def test_headings_are_not_chunks_of_their_own(sample_report):
    assert all(c.kind != "heading" for c in chunk_report(sample_report))


def test_split_text_overlaps_by_whole_sentences():
    text = " ".join(f"Sentence number {i} says something." for i in range(40))
    pieces = split_text(text, 40, 12, lambda t: len(t.split()))
    assert len(pieces) > 3
    assert all(len(p.split()) <= 40 for p in pieces)
    first_end = pieces[0].rsplit(".", 2)[-2]
    assert first_end.strip() in pieces[1]


def test_lead_in_stays_with_its_first_item(sample_report):
    chunk = next(c for c in chunk_report(sample_report) if c.paragraph == 16)
    units = sentence_texts(chunk)
    assert any(u.startswith("Immediately: - Ensure that social workers use case notes")
               for u in units)
    assert all(is_verbatim(u, chunk.text) for u in units)
