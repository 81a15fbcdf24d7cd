"""A summary's value moved to another fact the source tells beside it (issue 12, summaries).

Sentences are ours. The value is in the source, but OLD gives it to another fact
than the one NEW's clause tells: a year of one title given to the other title of the
same OLD sentence, a hedged count of one group given to another ("about 600 ...
killed" where 600 is the reserve's horse), a year read off a full date given to
another event ("lost in a 1983 launch failure" where 1983 is the launch's year), a
clause of one word telling the other event ("described in 1871"), a fact box's bare
amount given to another label ("a swing of 38.4%" where 38.4% is the turnout), a
count of the noun another count counts ("412 agencies" where 412 counts landlords), a
clause that names another place than its value's ("at the Royal Welsh Academy").
"""

from __future__ import annotations

from tests.compare_helpers import summary_flags as flags

CAREER = (
    "Okafor, born in Enugu, is a former sprinter. His international success includes an "
    "African under-20 title in 1988 and the 1992 world championship gold medal. His "
    "individual honours include Sportsman of the Year awards in 1992 and 1995."
)


def test_a_year_of_one_title_given_to_the_other_title_of_its_sentence():
    new = (
        "Okafor set up a foundation for young runners, won the world championship gold "
        "medal in 1988 and collected two Sportsman of the Year awards."
    )
    assert flags(CAREER, new) == [("conflict", "1992", "1988")]
    assert flags(CAREER, new.replace("1988", "1992")) == []
    kept = "Okafor won an African under-20 title in 1988 and the world championship in 1992."
    assert flags(CAREER, kept) == []


BATTLE = (
    "A rebel army of some 3,000 men under Sir Hugh Varley tried to force the bridge "
    "against a Loyalist force of about 1,800 commanded by Colonel Anne Hale. After an "
    "hour, a counter-charge by Hale's reserve of 600 horse drove them back into the "
    "river. The rebels fled, leaving an estimated 900 dead and 400 prisoners. Loyalist "
    "losses were reported as about 200 killed."
)


def test_a_hedged_value_of_another_fact_is_a_conflict_with_the_fact_it_states():
    new = "The rebels lost some 900 dead and 400 prisoners, against about 600 Loyalists killed."
    assert flags(BATTLE, new) == [("conflict", "200", "600")]
    assert flags(BATTLE, new.replace("600", "200")) == []


SATELLITE = (
    "Comsat-3 was a British weather satellite, launched on 4 March 1983 from Kourou "
    "aboard an Ariane rocket. It was placed in orbit at 10 degrees East and entered "
    "service on 20 May 1983. Its predecessor, Comsat-2, had been lost in a launch "
    "failure in 1981, and its successor was launched in 1992. It was switched off on "
    "3 June 1994."
)


def test_a_year_read_off_a_full_date_given_to_another_event():
    new = (
        "comsat-3 , a british weather satellite launched in 1983 , was switched off in "
        "1994 ; its predecessor was lost in a {} launch failure ."
    )
    assert flags(SATELLITE, new.format("1983")) == [("conflict", "1981", "1983")]
    assert flags(SATELLITE, new.format("1981")) == []


INQUIRY = (
    "The 1931 flood hit the lower town in October. The Home Office inquiry, chaired by "
    "Sir James Hale, reported in 1932 and blamed the board for ignoring two warnings "
    "about the weir since 1925."
)


def test_a_clause_telling_both_facts_of_one_sentence_keeps_its_value():
    # NEW's clause has words of both OLD clauses ("inquiry" is the 1932 clause's
    # subject): no sign the year moved to the warnings
    new = "An inquiry in 1932 found that the board had ignored two warnings."
    assert flags(INQUIRY, new) == []


MOSS = (
    "Hale's fringe moss is a moss of wet limestone cliffs in the Dales. It was first "
    "collected in 1871 and formally described in 1902 by the botanist R. Hale. A survey "
    "in 2011 counted 240 colonies."
)


def test_a_clause_of_one_word_that_tells_the_other_event_of_its_sentence():
    new = (
        "hale 's fringe moss , described in {} , grows on wet limestone cliffs , and a "
        "2011 survey found 240 colonies ."
    )
    assert flags(MOSS, new.format("1871")) == [("conflict", "1902", "1871")]
    assert flags(MOSS, new.format("1902")) == []


SLOOPS = (
    "The Tern-class sloops were a class of nine escort sloops built for the Royal Navy "
    "between 1938 and 1942. Six of the class were built by Leith Yard and the remaining "
    "three by Hart & Sons of Hull. During the war the sloops sank 14 submarines. Two of "
    "the class were lost, among them HMS Tern, mined off Harwich on 2 June 1941."
)


def test_a_count_given_to_the_fact_its_one_word_clause_tells():
    new = (
        "The nine sloops sank 14 submarines in the war, and {} of them were lost, "
        "including HMS Tern in 1941."
    )
    assert flags(SLOOPS, new.format("three")) == [("conflict", "Two", "three")]
    assert flags(SLOOPS, new.format("two")) == []


FACT_BOX = (
    "Ms Shaw said she was proud to have won. Conservative majority: 1,204 Turnout "
    "31,520 - 38.4% Swing: 5.2% from Labour to Conservative. The Greens saw their vote "
    "rise by 3%."
)


def test_a_bare_amount_of_a_fact_box_given_to_another_label():
    new = "The Conservatives held the seat with a 1,204 majority and a swing of 38.4%."
    assert flags(FACT_BOX, new) == [("conflict", "5.2%", "38.4%")]
    kept = "The Conservatives held the seat with a swing of 5.2%, on a turnout of 38.4%."
    assert flags(FACT_BOX, kept) == []


NAMED = (
    "The latest list of 57 agencies owed tenants a total of £88,400 in deposits. The "
    "ministry said 412 landlords in total have been publicly identified for breaking the "
    "rules since 2015, with fines of more than £1.2m."
)


def test_the_noun_counted_tells_which_count_a_value_is():
    # "412 agencies": OLD's 412 counts landlords, its 57 agencies
    new = "TL;DR: {} agencies were named and shamed for breaking the rules."
    assert flags(NAMED, new.format("412")) == [("conflict", "57", "412")]
    assert flags(NAMED, new.format("57")) == []
    assert flags(NAMED, "TL;DR: 412 landlords have been identified since 2015.") == []


PAINTER = (
    "Mair Hart (1889-1950) was a Welsh painter of coastal scenes. She exhibited 64 "
    "paintings at the Royal Welsh Academy between 1921 and 1938. A retrospective of 41 "
    "paintings was held at the Welsh National Gallery in Cardiff in 1975, twenty-five "
    "years after her death."
)


def test_a_clause_that_names_the_other_place_takes_its_value_there():
    # NEW's clause shares "paintings" and "Welsh" with the retrospective's clause, but
    # the Academy's clause has those and names the Royal Academy besides
    new = (
        "She showed {} paintings at the Royal Welsh Academy, and a retrospective was "
        "held in Cardiff in 1975."
    )
    assert flags(PAINTER, new.format("41")) == [("conflict", "64", "41")]
    assert flags(PAINTER, new.format("64")) == []
    kept = "A retrospective of 41 paintings was held at the Welsh National Gallery in 1975."
    assert flags(PAINTER, kept) == []
