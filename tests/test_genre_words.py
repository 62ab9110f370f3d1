"""The genre's vocabulary shipped with the package, and how it is built from an index."""

from __future__ import annotations

from assistant.genre_words import genre_phrases, genre_vocabulary, phrase_stems, words_of_index
from assistant.lexical import terms


def test_the_genre_s_words_are_known_and_the_asker_s_own_are_not():
    vocabulary = genre_vocabulary()
    assert len(vocabulary) > 3000
    for word in ("radicalisation", "guardianship", "tax", "dentist", "exploitation"):
        assert terms(word)[0] in vocabulary, word
    for word in ("raids", "swept", "clunky", "bogged"):
        assert terms(word)[0] not in vocabulary, word


def test_the_genre_s_two_word_terms_are_known_and_the_asker_s_own_are_not():
    phrases = genre_phrases()
    for first, second in (("self", "harm"), ("county", "lines"), ("young", "carers"),
                          ("honour", "based"), ("local", "offer")):
        assert phrase_stems(first, second) in phrases, (first, second)
    for first, second in (("local", "pubs"), ("top", "rated"), ("young", "mums")):
        assert phrase_stems(first, second) not in phrases, (first, second)
    # the terms are apart from the words
    assert not any(" " in word for word in genre_vocabulary())


def test_words_of_an_index_are_those_enough_reports_use(sample_settings):
    once = words_of_index(sample_settings.index_dir, min_reports=1)
    assert terms("partnership")[0] in once and once == sorted(once)
    # the sample index holds one report: no word is in two
    assert words_of_index(sample_settings.index_dir, min_reports=2) == []
