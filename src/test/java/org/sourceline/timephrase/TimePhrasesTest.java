package org.sourceline.timephrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each family of time phrase the issue lists, read as a careful reader would. */
class TimePhrasesTest {
    /** Wednesday 1 March 2023. */
    private static final String MARCH_1 = "2023-03-01";

    /** The phrase with exactly these words in the text read against {@code reference} (null: none given). */
    static TimePhrase phrase(String text, String reference, String words) {
        List<TimePhrase> found = TimePhrases.find(text, reference == null ? null : ReferenceDate.parse(reference, "given"));
        return found.stream().filter(p -> p.phrase().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("“" + words + "” not found in " + found.stream().map(TimePhrase::phrase).toList()));
    }

    static void assertMeans(TimePhrase p, String edtf, String earliest, String latest) {
        assertThat(p.edtf()).as("EDTF of “%s”", p.phrase()).isEqualTo(edtf);
        assertThat(p.earliest()).as("earliest of “%s”", p.phrase()).isEqualTo(earliest == null ? null : LocalDate.parse(earliest));
        assertThat(p.latest()).as("latest of “%s”", p.phrase()).isEqualTo(latest == null ? null : LocalDate.parse(latest));
    }

    static void means(String text, String reference, String words, String edtf, String earliest, String latest) {
        assertMeans(phrase(text, reference, words), edtf, earliest, latest);
    }

    @Nested
    class Absolute {
        @Test
        void datesInAmericanAndBritishOrderAndIso() {
            String text = "It flew on April 12, 1981 and 12 April 1981, and the 12th of April 1981. Talks on Feb. 23 failed. "
                    + "The deal of 2023-02-23 held.";
            means(text, MARCH_1, "on April 12, 1981", "1981-04-12", "1981-04-12", "1981-04-12");
            means(text, MARCH_1, "12 April 1981", "1981-04-12", "1981-04-12", "1981-04-12");
            means(text, MARCH_1, "the 12th of April 1981", "1981-04-12", "1981-04-12", "1981-04-12");
            // A past clause in March: the last 23 February, this year's.
            TimePhrase feb = phrase(text, MARCH_1, "on Feb. 23");
            assertMeans(feb, "2023-02-23", "2023-02-23", "2023-02-23");
            assertThat(feb.note()).contains("The year is not given: 2023");
            means(text, MARCH_1, "2023-02-23", "2023-02-23", "2023-02-23", "2023-02-23");
        }

        @Test
        void monthsYearsDecadesCenturies() {
            String text = "In September 2021 and in 2022 it grew. In the 1990s, in the '80s and in the 20th century it did not.";
            means(text, MARCH_1, "In September 2021", "2021-09", "2021-09-01", "2021-09-30");
            means(text, MARCH_1, "in 2022", "2022", "2022-01-01", "2022-12-31");
            means(text, MARCH_1, "In the 1990s", "199X", "1990-01-01", "1999-12-31");
            means(text, MARCH_1, "in the '80s", "198X", "1980-01-01", "1989-12-31");
            TimePhrase century = phrase(text, MARCH_1, "in the 20th century");
            // Both readings of the century: counted (1901–2000) and as commonly said (1900–1999).
            assertMeans(century, "1900/2000", "1900-01-01", "2000-12-31");
        }

        @Test
        void partsOfPeriodsKeepTheWholeEdtfWithNarrowerBounds() {
            String text = "A deal was clinched in the late fall of 2022. Prices fell mid-2022, rose in early 2023, "
                    + "and held in the first two days of 2023 and in the third quarter of 2022.";
            TimePhrase fall = phrase(text, MARCH_1, "in the late fall of 2022");
            assertMeans(fall, "2022-23", "2022-11-01", "2022-12-20");
            assertThat(fall.note()).contains("EDTF cannot say “late”");
            means(text, MARCH_1, "mid-2022", "2022", "2022-05-01", "2022-08-31");
            means(text, MARCH_1, "in early 2023", "2023", "2023-01-01", "2023-04-30");
            means(text, MARCH_1, "in the first two days of 2023", "2023-01-01/2023-01-02", "2023-01-01", "2023-01-02");
            means(text, MARCH_1, "in the third quarter of 2022", "2022-07/2022-09", "2022-07-01", "2022-09-30");
        }

        @Test
        void theInterwarYearsAreAnApproximateSpan() {
            String text = "Housing boomed in the interwar years. Between the wars, trade fell.";
            TimePhrase p = phrase(text, MARCH_1, "in the interwar years");
            assertMeans(p, "1918~/1939~", "1918-01-01", "1939-12-31");
            assertThat(p.note()).contains("approximately 1918 to 1939");
            means(text, MARCH_1, "Between the wars", "1918~/1939~", "1918-01-01", "1939-12-31");
        }

        @Test
        void moreHolidays() {
            String text = "Nobody wants strikes on the Fourth of July. Shops will wait for Black Friday. Good Friday 2023 was quiet.";
            means(text, MARCH_1, "on the Fourth of July", "2023-07-04", "2023-07-04", "2023-07-04");
            means(text, MARCH_1, "Black Friday", "2023-11-24", "2023-11-24", "2023-11-24");
            means(text, MARCH_1, "Good Friday 2023", "2023-04-07", "2023-04-07", "2023-04-07");
        }

        @Test
        void aMonthAloneWhenScheduledOrDescribed() {
            String text = "A mild December has filled the tanks. A second wave is planned for January. The vote is set for May.";
            means(text, MARCH_1, "December", "2022-12", "2022-12-01", "2022-12-31");
            means(text, MARCH_1, "January", "2024-01", "2024-01-01", "2024-01-31");
            means(text, MARCH_1, "May", "2023-05", "2023-05-01", "2023-05-31");
        }

        @Test
        void yearRangesAndSeasonYears() {
            String text = "He served from 2001 to 2003, in 2001–2003 and over the 2010-11 season.";
            means(text, MARCH_1, "from 2001 to 2003", "2001/2003", "2001-01-01", "2003-12-31");
            means(text, MARCH_1, "in 2001–2003", "2001/2003", "2001-01-01", "2003-12-31");
            means(text, MARCH_1, "2010-11", "2010/2011", "2010-01-01", "2011-12-31");
        }
    }

    @Nested
    class RelativeToTheArticlesDate {
        @Test
        void daysAroundIt() {
            String text = "Today he spoke. Yesterday she left; tomorrow they meet.";
            means(text, MARCH_1, "Today", "2023-03-01", "2023-03-01", "2023-03-01");
            means(text, MARCH_1, "Yesterday", "2023-02-28", "2023-02-28", "2023-02-28");
            means(text, MARCH_1, "tomorrow", "2023-03-02", "2023-03-02", "2023-03-02");
        }

        @Test
        void aCountBeforeOrAfterAHolidayOrAnEventCountsFromIt() {
            // 12 March 2024: in a past clause the last Christmas and Easter (9 April 2023) are meant
            String text = "The storm hit two weeks before Christmas. The shops reopened three days after Easter. "
                    + "He quit two months before the 2020 election. Polls closed a week before the election.";
            TimePhrase christmas = phrase(text, "2024-03-12", "two weeks before Christmas");
            assertMeans(christmas, "2023-12-11/2023-12-17", "2023-12-11", "2023-12-17");
            assertThat(christmas.note()).contains("2 weeks before 25 December 2023");
            means(text, "2024-03-12", "three days after Easter", "2023-04-12", "2023-04-12", "2023-04-12");
            means(text, "2024-03-12", "two months before the 2020 election", "2019-11/2020-10", "2019-11-01", "2020-10-31");
            // an event the phrase does not date: found, and unresolved rather than guessed
            TimePhrase undated = phrase(text, "2024-03-12", "a week before the election");
            assertMeans(undated, null, null, null);
            assertThat(undated.note()).contains("does not date");
        }

        @Test
        void overnightIsTheNightBeforeTheArticlesDate() {
            TimePhrase p = phrase("Police said the fire spread overnight. An overnight stay costs more.", MARCH_1, "overnight");
            assertMeans(p, "2023-02-28/2023-03-01", "2023-02-28", "2023-03-01");
            assertThat(p.note()).contains("vague");
            // a named day: the night into it, or a night beside it when "into" is not said
            means("Rain fell overnight into Monday.", MARCH_1, "overnight into Monday", "2023-02-26/2023-02-27",
                    "2023-02-26", "2023-02-27");
            means("The man died overnight Sunday.", MARCH_1, "overnight Sunday", "2023-02-25/2023-02-27", "2023-02-25",
                    "2023-02-27");
            // the adjective is not a time: one phrase only
            assertThat(TimePhrases.find("An overnight stay costs more.", ReferenceDate.parse(MARCH_1, "given"))).isEmpty();
        }

        @Test
        void midweekIsTuesdayToThursdayOfTheWeekTheTenseGives() {
            // 1 March 2023 is a Wednesday: a deadline from then to Thursday; a past midweek up to then
            means("The deal should be signed by midweek.", MARCH_1, "by midweek", "2023-03-01/2023-03-02", "2023-03-01",
                    "2023-03-02");
            means("Talks resumed mid-week in Geneva.", MARCH_1, "mid-week", "2023-02-28/2023-03-01", "2023-02-28",
                    "2023-03-01");
            // Saturday 4 March: a future midweek is the next week's
            means("Talks will resume midweek.", "2023-03-04", "midweek", "2023-03-07/2023-03-09", "2023-03-07", "2023-03-09");
        }

        @Test
        void withinHoursOnANamedTimeIsThatTime() {
            // 1 March 2023 is a Wednesday: the Sunday before
            means("The fiscal 2023 figures leaked. The video spread within hours on Sunday night.", MARCH_1,
                    "within hours on Sunday night", "2023-02-26", "2023-02-26", "2023-02-26");
            means("The result came within two weeks of Election Day 2020.", MARCH_1,
                    "within two weeks of Election Day 2020", "2020-11-03/2020-11-17", "2020-11-03", "2020-11-17");
        }

        @Test
        void theEveOfAndTheRunUpToATimeLieBeforeIt() {
            String text = "Prices rose in the run-up to Christmas. He resigned on the eve of the election. "
                    + "Sales peaked in the lead-up to Easter 2019.";
            TimePhrase runUp = phrase(text, "2024-03-12", "in the run-up to Christmas");
            assertMeans(runUp, "2023-11-13~/2023-12-24~", "2023-11-13", "2023-12-24");
            means(text, "2024-03-12", "in the lead-up to Easter 2019", "2019-03-10~/2019-04-20~", "2019-03-10", "2019-04-20");
            TimePhrase eve = phrase(text, "2024-03-12", "on the eve of the election");
            assertMeans(eve, null, null, null);
            assertThat(eve.note()).contains("does not date");
            means("Shops closed early on the eve of Christmas 2022.", "2024-03-12", "on the eve of Christmas 2022",
                    "2022-12-24", "2022-12-24", "2022-12-24");
        }

        @Test
        void thisTimeLastYearIsAboutTheSameDayAndAYearAgoTodayIsThatDay() {
            String text = "Prices were higher this time last year. Exactly a year ago today the bridge fell.";
            TimePhrase about = phrase(text, "2024-03-12", "this time last year");
            assertMeans(about, "2023-03-12~", "2023-02-26", "2023-03-26");
            assertThat(about.note()).contains("within two weeks");
            means(text, "2024-03-12", "a year ago today", "2023-03-12", "2023-03-12", "2023-03-12");
        }

        @Test
        void aWeekdayLiesInTheDirectionOfTheClausesTense() {
            // 1 March 2023 is a Wednesday.
            TimePhrase past = phrase("The minister resigned on Tuesday.", MARCH_1, "on Tuesday");
            assertMeans(past, "2023-02-28", "2023-02-28", "2023-02-28");
            assertThat(past.note()).contains("past tense (“resigned”)");
            TimePhrase future = phrase("The minister will resign on Tuesday.", MARCH_1, "on Tuesday");
            assertMeans(future, "2023-03-07", "2023-03-07", "2023-03-07");
            assertThat(future.note()).contains("future (“will”)");
            means("Officials have met on Monday.", MARCH_1, "on Monday", "2023-02-27", "2023-02-27", "2023-02-27");
            means("They said they would hold talks on Friday.", MARCH_1, "on Friday", "2023-03-03", "2023-03-03", "2023-03-03");
            means("He left last Friday and returns next Friday.", MARCH_1, "last Friday", "2023-02-24", "2023-02-24", "2023-02-24");
            means("He left last Friday and returns next Friday.", MARCH_1, "next Friday", "2023-03-03", "2023-03-03", "2023-03-03");
        }

        @Test
        void aFortnightIsTwoWeeks() {
            String text = "They met a fortnight ago and will meet again within the next fortnight. "
                    + "It rained in the first fortnight of June 2022. Last fortnight was dry.";
            means(text, MARCH_1, "a fortnight ago", "2023-02-13/2023-02-19", "2023-02-13", "2023-02-19");
            means(text, MARCH_1, "within the next fortnight", "2023-03-01/2023-03-15", "2023-03-01", "2023-03-15");
            means(text, MARCH_1, "in the first fortnight of June 2022", "2022-06-01/2022-06-14", "2022-06-01", "2022-06-14");
            // A fortnight is no calendar unit: "last fortnight" is not read as last week.
            assertThat(TimePhrases.find(text, ReferenceDate.parse(MARCH_1, "given"))).noneMatch(p -> p.phrase().contains("Last"));
        }

        @Test
        void theTenseIsThePhrasesOwnClauses() {
            // An attribution after a comma says when it was said, not when the clause happens.
            means("The board will meet on Thursday, a spokeswoman said.", MARCH_1, "on Thursday", "2023-03-02", "2023-03-02",
                    "2023-03-02");
            // (Quoted, so said on the article's day or the day before.)
            means("\"We will be on the pad by Friday,\" he said.", MARCH_1, "by Friday", "2023-02-28/2023-03-03", "2023-02-28",
                    "2023-03-03");
            // With no tense of its own, the attribution's is the phrase's.
            means("On Tuesday, a spokeswoman said.", MARCH_1, "On Tuesday", "2023-02-28", "2023-02-28", "2023-02-28");
            // "is expected", "is due": ahead; a passive participle takes the tense of its "be".
            means("A mediator is expected back in Denver on Friday.", MARCH_1, "on Friday", "2023-03-03", "2023-03-03",
                    "2023-03-03");
            means("The results would be announced early Saturday.", MARCH_1, "early Saturday", "2023-03-04", "2023-03-04",
                    "2023-03-04");
            // A relative clause in the present: "a window that opens in late March" is the coming one.
            means("It was aiming for a launch window that opens in late March.", "2024-10-16", "in late March", "2025-03",
                    "2025-03-21", "2025-03-31");
            // A "that" clause after the phrase is another clause: "said … on Monday that it would…".
            means("NASA said in a statement on Monday that it would wait.", MARCH_1, "on Monday", "2023-02-27", "2023-02-27",
                    "2023-02-27");
            // What someone is asked to do lies ahead of the asking.
            means("Labour called on the minister to make a statement on Monday.", MARCH_1, "on Monday", "2023-03-06",
                    "2023-03-06", "2023-03-06");
            means("He urged them to resume talks on Friday.", MARCH_1, "on Friday", "2023-03-03", "2023-03-03", "2023-03-03");
            // ...and so does what someone wants; an "-ed" word after the object ("the buses parked")
            // says how the object is, not that the clause is past.
            means("Nobody wants to see the buses parked in the depot on Friday.", MARCH_1, "on Friday", "2023-03-03",
                    "2023-03-03", "2023-03-03");
            means("They found the doors locked on Tuesday.", MARCH_1, "on Tuesday", "2023-02-28", "2023-02-28",
                    "2023-02-28");
            means("The plant closed on Tuesday.", MARCH_1, "on Tuesday", "2023-02-28", "2023-02-28", "2023-02-28");
            // A relative clause after a comma has its own tense: "in the spring, when it is expected…".
            means("The grocer will hold an investor day in the spring, when it is expected to set targets.", MARCH_1,
                    "in the spring", "2023-21", "2023-03-20", "2023-06-20");
            means("A survey in March put the cost at £4m, and the fund will decide in June.", MARCH_1, "in June", "2023-06",
                    "2023-06-01", "2023-06-30");
        }

        @Test
        void thisLastAndNextUnits() {
            String text = "This week, last week, next week, this month, last month, next month, this year, last year, "
                    + "next year, last summer, this winter.";
            means(text, MARCH_1, "This week", "2023-02-27/2023-03-05", "2023-02-27", "2023-03-05");
            means(text, MARCH_1, "last week", "2023-02-20/2023-02-26", "2023-02-20", "2023-02-26");
            means(text, MARCH_1, "next week", "2023-03-06/2023-03-12", "2023-03-06", "2023-03-12");
            means(text, MARCH_1, "this month", "2023-03", "2023-03-01", "2023-03-31");
            means(text, MARCH_1, "last month", "2023-02", "2023-02-01", "2023-02-28");
            means(text, MARCH_1, "next month", "2023-04", "2023-04-01", "2023-04-30");
            means(text, MARCH_1, "this year", "2023", "2023-01-01", "2023-12-31");
            means(text, MARCH_1, "last year", "2022", "2022-01-01", "2022-12-31");
            means(text, MARCH_1, "next year", "2024", "2024-01-01", "2024-12-31");
            means(text, MARCH_1, "last summer", "2022-22", "2022-06-21", "2022-09-21");
            // 1 March is in the winter that began on 21 December 2022.
            means(text, MARCH_1, "this winter", "2022-24", "2022-12-21", "2023-03-19");
        }

        @Test
        void countsBackAndUpToNow() {
            String text = "It happened two years ago and seventeen years ago. In recent months it grew. So far it works. "
                    + "Now it is over. The rate has doubled over the past two years.";
            means(text, MARCH_1, "two years ago", "2021", "2021-01-01", "2021-12-31");
            means(text, MARCH_1, "seventeen years ago", "2006", "2006-01-01", "2006-12-31");
            TimePhrase recent = phrase(text, MARCH_1, "In recent months");
            assertMeans(recent, "2022-09~/2023-03-01", "2022-09-01", "2023-03-01");
            assertThat(recent.note()).contains("wide reading");
            means(text, MARCH_1, "So far", "../2023-03-01", null, "2023-03-01");
            means(text, MARCH_1, "Now", "2023-03-01", "2023-03-01", "2023-03-01");
            means(text, MARCH_1, "over the past two years", "2021-03-01/2023-03-01", "2021-03-01", "2023-03-01");
        }

        @Test
        void theYearOfAnEarlierPhraseInTheSentence() {
            String text = "Prices rose in the first quarter of 2010 and fell in the second half of the year. "
                    + "The council hopes to finish by the end of the year.";
            means(text, MARCH_1, "in the second half of the year", "2010-07/2010-12", "2010-07-01", "2010-12-31");
            // No year earlier in its sentence: the current year.
            means(text, MARCH_1, "by the end of the year", "2023-03-01/2023", "2023-03-01", "2023-12-31");
        }

        @Test
        void referringBackToThePreviousPhrase() {
            String text = "Work started on 12 January 2010 and stopped the following day. Two days later it resumed. "
                    + "More than 80 drones were downed in the first two days of 2023, he said; in that 48-hour period "
                    + "the city was dark.";
            means(text, MARCH_1, "the following day", "2010-01-13", "2010-01-13", "2010-01-13");
            means(text, MARCH_1, "Two days later", "2010-01-15", "2010-01-15", "2010-01-15");
            means(text, MARCH_1, "in that 48-hour period", "2023-01-01/2023-01-02", "2023-01-01", "2023-01-02");
        }

        @Test
        void seasonsMonthsAndSinceThenReferBack() {
            String text = "The line opened on 3 June 1899. A second line opened the following spring. In January 1963 snow "
                    + "fell, and that winter the roads closed. In 1940 it burned. That winter it ran a reduced timetable. "
                    + "The contract expired on Feb. 10, and they have worked without one since then. "
                    + "Last month it showed a western; the month before, a comedy.";
            means(text, MARCH_1, "the following spring", "1900-21", "1900-03-20", "1900-06-20");
            // The winter that holds January 1963; a whole year lends its own winter.
            means(text, MARCH_1, "that winter", "1962-24", "1962-12-21", "1963-03-19");
            means(text, MARCH_1, "That winter", "1940-24", "1940-12-21", "1941-03-19");
            means(text, MARCH_1, "since then", "2023-02-10/2023-03-01", "2023-02-10", "2023-03-01");
            means(text, MARCH_1, "the month before", "2023-01", "2023-01-01", "2023-01-31");
            // Without an earlier dated phrase there is nothing to refer back to.
            assertThat(phrase("That winter was cold.", MARCH_1, "That winter").isResolved()).isFalse();
        }

        @Test
        void stretchesCountedFromAnEarlierPhrase() {
            String text = "The update will come in June, and they hope to ship within six weeks of that. "
                    + "The cinema opened in 1962, and over the next 30 years it thrived.";
            means(text, MARCH_1, "within six weeks of that", "2023-06/2023-08-11", "2023-06-01", "2023-08-11");
            means(text, MARCH_1, "over the next 30 years", "1962/1992-12-31", "1962-01-01", "1992-12-31");
            // A plan told in the past tense still lies ahead: not counted from the earlier phrase.
            means("Sales rose in 2022. It announced a buyback, to be completed over the next 18 months.", MARCH_1,
                    "over the next 18 months", "2023-03-01/2024-09-01", "2023-03-01", "2024-09-01");
        }

        @Test
        void theNewYearChristmasAndNow() {
            String text = "He will publish a plan in the new year. Ministers considered a payment to avoid strikes over "
                    + "Christmas. Forecasters expected Europe to be rationing gas by now.";
            String november = "2022-11-17";
            means(text, november, "in the new year", "2023", "2023-01-01", "2023-04-30");
            means(text, november, "over Christmas", "2022-12-24/2022-12-26", "2022-12-24", "2022-12-26");
            means(text, november, "by now", "2022-11-17", "2022-11-17", "2022-11-17");
        }

        @Test
        void thePreviousYearsLieBeforeTheEarlierPhrase() {
            String text = "In 2022 sales fell; over the previous five years they rose. Over the past 12 months it rose; "
                    + "in the previous three years it fell.";
            // Whole years before a phrase within one year; to the day before a phrase that spans two.
            means(text, MARCH_1, "over the previous five years", "2017/2021", "2017-01-01", "2021-12-31");
            means(text, MARCH_1, "in the previous three years", "2019-03-01/2022-02-28", "2019-03-01", "2022-02-28");
            // With nothing before it, up to the article's date as "the past".
            means("Over the previous two years it grew.", MARCH_1, "Over the previous two years", "2021-03-01/2023-03-01",
                    "2021-03-01", "2023-03-01");
        }

        @Test
        void theWeekendAndTheseDaysFollowTheClause() {
            // 1 March 2023 is a Wednesday.
            means("He had spoken to both sides over the weekend.", MARCH_1, "over the weekend", "2023-02-25/2023-02-26",
                    "2023-02-25", "2023-02-26");
            means("They will meet at the weekend.", MARCH_1, "at the weekend", "2023-03-04/2023-03-05", "2023-03-04",
                    "2023-03-05");
            means("These days she shows a film a night.", MARCH_1, "These days", "2023-03-01", "2023-03-01", "2023-03-01");
            assertThat(TimePhrases.find("These days are long.", ReferenceDate.parse(MARCH_1, "given"))).isEmpty();
        }
    }

    @Nested
    class SpansAndOpenRanges {
        private final String text = "Prices rose since 2019. The ban lasted until last week. It began before last summer. "
                + "It must end by year end. He must answer within twenty working days. They have been allies for decades. "
                + "They have argued for months. The committee will meet between March and May.";

        @Test
        void relations() {
            means(text, MARCH_1, "since 2019", "2019/2023-03-01", "2019-01-01", "2023-03-01");
            // The start of what lasted until last week is not said.
            means(text, MARCH_1, "until last week", "/2023-02-26", null, "2023-02-26");
            means(text, MARCH_1, "before last summer", "../2022-06-20", null, "2022-06-20");
            means(text, MARCH_1, "by year end", "2023-03-01/2023", "2023-03-01", "2023-12-31");
        }

        @Test
        void aDeadlineStillToComeRunsFromTheArticlesDate() {
            // Unless the clause looks back, a "by" or "before" after the article's date is ahead of it.
            means("The figures rose in May, and the target of clearing waits by April 2024 now looks unlikely.", MARCH_1,
                    "by April 2024", "2023-03-01/2024-04", "2023-03-01", "2024-04-30");
            means("A new centre, delayed by a year, should be running by mid-2024.", MARCH_1, "by mid-2024",
                    "2023-03-01/2024", "2023-03-01", "2024-08-31");
            // An old plan keeps its open start.
            means("It was meant to return rock to Earth by 2031.", MARCH_1, "by 2031", "/2031", null, "2031-12-31");
            means("Ministers would meet them again before Christmas.", MARCH_1, "before Christmas",
                    "2023-03-01/2023-12-24", "2023-03-01", "2023-12-24");
            // A past "before" keeps its open start.
            means(text, MARCH_1, "before last summer", "../2022-06-20", null, "2022-06-20");
        }

        @Test
        void notBeforeAndNotUntilMeanThenOrLater() {
            means("The lander will not launch before next spring.", MARCH_1, "before next spring", "2023-21/..", "2023-03-20",
                    null);
            // The season still to come, even in a present clause.
            means("The court is unlikely to hear the case before the spring.", "2021-09-17", "before the spring", "2022-21/..",
                    "2022-03-20", null);
            means("It could not finish before early next year.", MARCH_1, "before early next year", "2024/..", "2024-01-01",
                    null);
            means("Any award won't reach pay packets until the summer.", MARCH_1, "until the summer", "2023-22/..", "2023-06-21",
                    null);
            // In a past clause, then or later and by the article's date.
            means("He did not arrive until Tuesday.", MARCH_1, "until Tuesday", "2023-02-28/2023-03-01", "2023-02-28",
                    "2023-03-01");
            // A negation in another clause does not count.
            means("It is not cheap, but it ended before 2020.", MARCH_1, "before 2020", "../2019", null, "2019-12-31");
        }

        @Test
        void workingDaysSkipWeekends() {
            TimePhrase p = phrase(text, MARCH_1, "within twenty working days");
            // Wednesday 1 March + 20 working days (four weeks) = Wednesday 29 March.
            assertMeans(p, "2023-03-01/2023-03-29", "2023-03-01", "2023-03-29");
            assertThat(p.note()).contains("Working days are Monday to Friday");
            means("It must be done within 3 working days.", "2023-03-03", "within 3 working days",
                    "2023-03-03/2023-03-08", "2023-03-03", "2023-03-08");
        }

        @Test
        void durations() {
            means(text, MARCH_1, "for decades", "../2023-03-01", null, "2023-03-01");
            // "for months": had it been years, the text would say so; up to a year and a half, approximately.
            means(text, MARCH_1, "for months", "2021-09~/2023-03-01", "2021-09-01", "2023-03-01");
            TimePhrase past = phrase("He ruled for 30 years.", MARCH_1, "for 30 years");
            assertMeans(past, "../2023-03-01", null, "2023-03-01");
            assertThat(past.note()).contains("A duration (30 years), not a date");
        }

        @Test
        void rangesTakeTheYearFromTheirEndOrTheTense() {
            means(text, MARCH_1, "between March and May", "2023-03/2023-05", "2023-03-01", "2023-05-31");
            means("It ran from March to May 2022.", MARCH_1, "from March to May 2022", "2022-03/2022-05", "2022-03-01",
                    "2022-05-31");
            means("It ran from December to February 2022.", MARCH_1, "from December to February 2022", "2021-12/2022-02",
                    "2021-12-01", "2022-02-28");
            means("Talks ran April 12–14, 2011.", MARCH_1, "April 12–14, 2011", "2011-04-12/2011-04-14", "2011-04-12",
                    "2011-04-14");
        }
    }

    @Nested
    class VagueStaysVague {
        @Test
        void soonAndInDueCourseHaveOpenEnds() {
            String text = "It will happen soon. A ruling will come in due course. Change will come in the coming years.";
            TimePhrase soon = phrase(text, MARCH_1, "soon");
            assertMeans(soon, "2023-03-01/..", "2023-03-01", null);
            assertThat(soon.note()).contains("how soon is not said");
            means(text, MARCH_1, "in due course", "2023-03-01/..", "2023-03-01", null);
            TimePhrase coming = phrase(text, MARCH_1, "in the coming years");
            assertThat(coming.earliest()).isEqualTo(LocalDate.parse(MARCH_1));
            assertThat(coming.latest()).isAfter(LocalDate.parse("2028-01-01"));
            assertThat(coming.edtf()).endsWith("~");
        }

        @Test
        void aSeasonTheTextDoesNotNameStaysWide() {
            TimePhrase last = phrase("The club finished third last season.", MARCH_1, "last season");
            assertMeans(last, "2021-03-01~/2023-03-01", "2021-03-01", "2023-03-01");
            assertThat(last.note()).contains("the season is unknown");
            means("It hopes to win next season.", MARCH_1, "next season", "2023-03-01/2025-03-01~", "2023-03-01", "2025-03-01");
        }

        @Test
        void aTermGivenRunsFromWhenItWasGivenNotUpToTheArticlesDate() {
            TimePhrase jailed = phrase("A former treasurer was jailed for six years on Wednesday.", MARCH_1, "for six years");
            assertMeans(jailed, "2023-03-01/2029-03-01", "2023-03-01", "2029-03-01");
            assertThat(jailed.note()).contains("runs from when it was given");
            means("In 1990 he was jailed for six years.", MARCH_1, "for six years", "1990/1996-12-31", "1990-01-01",
                    "1996-12-31");
        }

        @Test
        void pagesFromAYearAreOfThatYear() {
            means("Some pages from 1943 are missing.", MARCH_1, "from 1943", "1943", "1943-01-01", "1943-12-31");
        }

        @Test
        void thePartOfAnUnnamedSeasonIsNotNarrowed() {
            TimePhrase p = phrase("They have not played like that since the start of the season.", MARCH_1,
                    "since the start of the season");
            assertMeans(p, "2022-03-01~/2023-03-01", "2022-03-01", "2023-03-01");
            assertThat(p.note()).contains("its part is not narrowed");
        }

        @Test
        void forMoreThanACountIsALowerBoundUpToNowInThePerfect() {
            String text = "The deal has been stalled for more than three years. He has worked there for over a decade.";
            TimePhrase p = phrase(text, MARCH_1, "for more than three years");
            assertMeans(p, "../2023-03-01", null, "2023-03-01");
            assertThat(p.note()).contains("at least 3 years");
            means(text, MARCH_1, "for over a decade", "../2023-03-01", null, "2023-03-01");
        }

        @Test
        void aYearTheTextDoesNotGiveStaysUnknownWithoutADate() {
            TimePhrase p = phrase("The meeting on April 12 was short.", null, "on April 12");
            assertMeans(p, "XXXX-04-12", null, null);
            assertThat(p.note()).contains("the year stays unknown");
        }

        @Test
        void relativePhrasesWithoutADateAreUnresolvedAndSaySo() {
            TimePhrase p = phrase("The Senate voted yesterday.", null, "yesterday");
            assertMeans(p, null, null, null);
            assertThat(p.note()).contains("the publication date is not known");
            assertThat(p.isResolved()).isFalse();
        }

        @Test
        void aNamedWeekdayChoosesTheYear() {
            // 12 April was a Tuesday in 2011 and 2016; near 2011 only 2011 fits.
            means("Tuesday, April 12 was busy.", "2011-06-01", "Tuesday, April 12", "2011-04-12", "2011-04-12", "2011-04-12");
        }

        @Test
        void anApproximateDateWidensRelativeBoundsButNotAbsoluteOnes() {
            String text = "The minister resigned yesterday, last month and in 2021.";
            means(text, "2023-01-15", "yesterday", "2023-01-14", "2023-01-14", "2023-01-14");
            TimePhrase wide = phrase(text, "2023-01~", "yesterday");
            assertMeans(wide, "2022-12-31/2023-01-30", "2022-12-31", "2023-01-30");
            assertThat(wide.note()).contains("One day within these bounds");
            // Whichever day of January it was, last month was December.
            means(text, "2023-01~", "last month", "2022-12", "2022-12-01", "2022-12-31");
            means(text, "2023-01-20/2023-02-10", "last month", "2022-12/2023-01", "2022-12-01", "2023-01-31");
            means(text, "2023-01~", "in 2021", "2021", "2021-01-01", "2021-12-31");
            TimePhrase dataset = TimePhrases.find(text, new ReferenceDate("2023-01~", LocalDate.parse("2023-01-03").toEpochDay(),
                    LocalDate.parse("2023-01-31").toEpochDay(), "the dataset")).stream()
                    .filter(p -> p.phrase().equals("yesterday")).findFirst().orElseThrow();
            // The dataset's narrower bounds for the same EDTF (3–31 January) narrow the reading too.
            assertMeans(dataset, "2023-01-02/2023-01-30", "2023-01-02", "2023-01-30");
        }

        @Test
        void aQuotedTodayIsTheSpeakersDay() {
            String text = "Wednesday, April 13, 2011\n\nNASA held a ceremony Tuesday. \"Today's announcement is an affront,\" "
                    + "the senator said.";
            TimePhrase today = phrase(text, null, "Today");
            assertMeans(today, "2011-04-12/2011-04-13", "2011-04-12", "2011-04-13");
            assertThat(today.note()).contains("Inside a quotation");
        }
    }

    @Nested
    class YearsFromTheText {
        @Test
        void aDayGivenInFullEarlierLendsItsYear() {
            String text = "Rioters stormed the Capitol on Jan. 6, 2021. The Jan. 6 attack shocked the nation.";
            TimePhrase p = phrase(text, MARCH_1, "Jan. 6");
            assertMeans(p, "2021-01-06", "2021-01-06", "2021-01-06");
            assertThat(p.note()).contains("as where the text gave this day in full before");
        }

        @Test
        void aYearEarlierInTheSentenceLendsItsYear() {
            String text = "In 2010, the firm opened a plant in March and closed it on May 5. It will reopen in March.";
            means(text, MARCH_1, "in March", "2010-03", "2010-03-01", "2010-03-31");
            means(text, MARCH_1, "on May 5", "2010-05-05", "2010-05-05", "2010-05-05");
            // Another sentence, a future clause: the coming March.
            List<TimePhrase> all = TimePhrases.find(text, ReferenceDate.parse(MARCH_1, "given"));
            assertMeans(all.get(all.size() - 1), "2023-03", "2023-03-01", "2023-03-31");
        }

        @Test
        void butNotAcrossAClause() {
            String text = "Households paid 1,200 pounds in 2010, up from 900 pounds two years ago, according to figures "
                    + "published on 14 February.";
            means(text, MARCH_1, "on 14 February", "2023-02-14", "2023-02-14", "2023-02-14");
        }

        @Test
        void approximateAndHedgedTimes() {
            String text = "It peaked around April 2001, possibly in 1983, perhaps around 2035, from about 1991 to 1997, "
                    + "and fell. The deal must end no later than June 30, 2024.";
            means(text, MARCH_1, "around April 2001", "2001-04~", "2001-03-01", "2001-05-31");
            means(text, MARCH_1, "possibly in 1983", "1983?", "1983-01-01", "1983-12-31");
            means(text, MARCH_1, "perhaps around 2035", "2035%", "2034-01-01", "2036-12-31");
            means(text, MARCH_1, "from about 1991 to 1997", "1991~/1997", "1990-01-01", "1997-12-31");
            means(text, MARCH_1, "no later than June 30, 2024", "2023-03-01/2024-06-30", "2023-03-01", "2024-06-30");
        }

        @Test
        void aFiscalYearIsNotTheCalendarYearUnlessTheTextSaysSo() {
            String text = "Revenue rose 8% in fiscal 2024 after a loss in FY2023; the 2023 fiscal year was flat.";
            TimePhrase unsaid = phrase(text, "2024-08-01", "in fiscal 2024");
            assertMeans(unsaid, "2024~", "2023-04-01", "2025-03-31");
            assertThat(unsaid.note()).contains("Fiscal years differ by organisation");
            means(text, "2024-08-01", "in FY2023", "2023~", "2022-04-01", "2024-03-31");
            means(text, "2024-08-01", "the 2023 fiscal year", "2023~", "2022-04-01", "2024-03-31");
            // what the text says of the fiscal year, before the phrase in its paragraph or right after it
            means("Norrland, whose fiscal year ends in June, expects flat sales for its fiscal 2024.", "2023-10-26",
                    "fiscal 2024", "2023-07/2024-06", "2023-07-01", "2024-06-30");
            means("Halden's financial year matches the calendar year. It expects growth over fiscal 2024.", "2023-10-26",
                    "over fiscal 2024", "2024", "2024-01-01", "2024-12-31");
            means("NASA cut its budget for fiscal 2025, which began on Oct. 1.", "2024-10-16",
                    "fiscal 2025", "2024-10/2025-09", "2024-10-01", "2025-09-30");
            // a label that names both years: both are held
            means("In fiscal year 2023-24 it fell.", "2024-08-01", "In fiscal year 2023-24", "2023/2024", "2023-01-01",
                    "2024-12-31");
            // another paragraph's statement is about another organisation
            means("Norrland's fiscal year ends in June.\n\nHalden expects growth for fiscal 2024.", "2023-10-26",
                    "fiscal 2024", "2024~", "2023-04-01", "2025-03-31");
        }

        @Test
        void theTurnOfTheCenturyIsTheOneTheParagraphTellsOf() {
            means("The mill opened in 1893. By the turn of the century it employed 400 people.", MARCH_1,
                    "By the turn of the century", "/1900", null, "1900-12-31");
            TimePhrase now = phrase("Crime has fallen since the turn of the century.", MARCH_1, "since the turn of the century");
            assertMeans(now, "1999/2023-03-01", "1999-01-01", "2023-03-01");
            assertThat(now.note()).contains("the last before the article's date");
            means("The city will look different by the turn of the century.", MARCH_1, "by the turn of the century",
                    "2023-03-01/2100", "2023-03-01", "2100-12-31");
        }

        @Test
        void aRoundCountThatOvershootsTheArticlesDateInAPresentClauseIsNow() {
            // 1931 + "nearly a century" would be 2031: a present clause says it is now
            TimePhrase p = phrase("Lindqvist mapped it in the summer of 1931. Nearly a century later, the ice is gone.",
                    MARCH_1, "Nearly a century later");
            assertMeans(p, "2023-03-01~", "2023-03-01", "2023-03-01");
            assertThat(p.note()).contains("read as the article's present");
        }

        @Test
        void aYearlessDateTakesTheRelativeYearThatFollowsIt() {
            String text = "Prices fell in March last year. The vote on 5 May next year matters. Shops expect a quiet "
                    + "Easter this year. He left in the summer of last year.";
            means(text, "2024-03-12", "in March last year", "2023-03", "2023-03-01", "2023-03-31");
            means(text, "2024-03-12", "on 5 May next year", "2025-05-05", "2025-05-05", "2025-05-05");
            means(text, "2024-03-12", "Easter this year", "2024-03-31", "2024-03-31", "2024-03-31");
            means(text, "2024-03-12", "in the summer of last year", "2023-22", "2023-06-21", "2023-09-21");
        }

        @Test
        void laterInTheDayOrYearOfAPastNarrativeIsThatDayOrYear() {
            String text = "The minister spoke earlier in the day.\n\nPolice arrested him on 3 March 2020. Later in the day "
                    + "he was released. The plant opened in March 2010 and later in the year it closed. Costs rose earlier "
                    + "this year.";
            means(text, MARCH_1, "earlier in the day", "2023-03-01", "2023-03-01", "2023-03-01");
            means(text, MARCH_1, "Later in the day", "2020-03-03", "2020-03-03", "2020-03-03");
            means(text, MARCH_1, "later in the year", "2010-03-01/2010-12-31", "2010-03-01", "2010-12-31");
            // "this year" is the article's, whatever the paragraph tells of
            means(text, MARCH_1, "earlier this year", "2023-01-01/2023-03-01", "2023-01-01", "2023-03-01");
        }

        @Test
        void aPossibilityAheadIsNotPartOfAPastNarrative() {
            // "could still be reached": ahead of the article's date, so "the year" is the article's, not 2020
            String text = "The deal, first proposed in September 2020, stalled. Diplomats said a compromise could still be "
                    + "reached before the end of the year.";
            means(text, MARCH_1, "before the end of the year", "2023-03-01/2023", "2023-03-01", "2023-12-31");
            // a past ability is no possibility ahead: the narrative's year stands
            means("The plant opened in March 2010. By the end of the year it could not pay its staff and closed.", MARCH_1,
                    "By the end of the year", "/2010", null, "2010-12-31");
        }

        @Test
        void theSamePeriodLastYearIsThePeriodToldBeforeAYearEarlier() {
            TimePhrase p = phrase("Sales were 186,000 in the third quarter of 2023, up from 120,000 in the same period last year.",
                    "2023-10-26", "in the same period last year");
            assertMeans(p, "2022-07/2022-09", "2022-07-01", "2022-09-30");
            assertThat(p.note()).contains("Moved to 2022");
        }

        @Test
        void theFirstNineMonthsAreOfTheYearTheSentenceTellsOf() {
            String text = "Arrivals have risen this year, to 186,000 in the first nine months, up from 120,000 in the same "
                    + "period last year. In 2010, sales fell in the first six months.";
            means(text, "2023-10-03", "in the first nine months", "2023-01/2023-09", "2023-01-01", "2023-09-30");
            means(text, "2023-10-03", "in the same period last year", "2022-01/2022-09", "2022-01-01", "2022-09-30");
            means(text, "2023-10-03", "in the first six months", "2010-01/2010-06", "2010-01-01", "2010-06-30");
        }

        @Test
        void countingFromAVaguePhraseStaysUnresolved() {
            TimePhrase p = phrase("Prices doubled over the past decade. Weeks earlier the plant closed.", MARCH_1,
                    "Weeks earlier");
            assertMeans(p, null, null, null);
            assertThat(p.note()).contains("spans more than a year");
        }
    }

    @Nested
    class Datelines {
        @Test
        void aLineOfItsOwn() {
            String text = "NASA celebrates\n\nWednesday, April 13, 2011\n\nNASA celebrated the launch Tuesday.";
            TimePhrases.Reading r = TimePhrases.read(text, null);
            assertThat(r.dateline()).isNotNull();
            assertThat(r.reference().edtf()).isEqualTo("2011-04-13");
            assertThat(r.reference().source()).isEqualTo("the dateline");
            means(text, null, "Tuesday", "2011-04-12", "2011-04-12", "2011-04-12");
            assertThat(phrase(text, null, "Wednesday, April 13, 2011").note()).startsWith("The dateline");
        }

        @Test
        void aWireDatelineWithoutAYearPinsAGivenYear() {
            String text = "LONDON, March 3 (Reuters) - Shares fell on Thursday.";
            TimePhrases.Reading r = TimePhrases.read(text, ReferenceDate.parse("2011", "given"));
            assertThat(r.reference().edtf()).isEqualTo("2011-03-03");
            means(text, "2011", "on Thursday", "2011-03-03", "2011-03-03", "2011-03-03");
            // Alone, a dateline without a year is no publication date.
            assertThat(TimePhrases.read(text, null).reference()).isNull();
        }

        @Test
        void otherForms() {
            assertThat(TimePhrases.read("Published: 13/04/2011\n\nThe Senate voted yesterday.", null).reference().edtf())
                    .isEqualTo("2011-04-13");
            assertThat(TimePhrases.read("WASHINGTON, April 13, 2011 — The Senate voted.", null).reference().edtf())
                    .isEqualTo("2011-04-13");
            assertThat(TimePhrases.read("Thursday 3 March 2011\n\nText.", null).reference().edtf()).isEqualTo("2011-03-03");
        }

        @Test
        void aBylineDateWithATimeOfDayAndZone() {
            String wire = "Drivers set strike vote\n\nBy Maria Olsen\nPublished March 12, 2024, 5:14 p.m. MT\n\n"
                    + "DENVER (Sourceline Wire) — Drivers will vote on Friday.";
            assertThat(TimePhrases.read(wire, null).reference().edtf()).isEqualTo("2024-03-12");
            means(wire, null, "on Friday", "2024-03-15", "2024-03-15", "2024-03-15");
            assertThat(TimePhrases.read("Headline\n\nSun 9 Jun 2019 07.00 BST\n\nText.", null).reference().edtf())
                    .isEqualTo("2019-06-09");
            assertThat(TimePhrases.read("Headline\n\nPolitics desk | Published 17/09/2021 | Updated 17:45\n\nText.", null)
                    .reference().edtf()).isEqualTo("2021-09-17");
            // Words beyond a time and zone still make a sentence, not a dateline.
            assertThat(TimePhrases.read("The council met on March 12, 2024 at 5 p.m. and voted to close the old depot "
                    + "by the river for good.\n\nText.", null).dateline()).isNull();
        }

        @Test
        void aWireDatelineWithAStateOrCountryAfterThePlace() {
            String text = "Lander slips\n\nPASADENA, Calif., Oct. 16, 2024 — The lander will not launch before next spring.";
            assertThat(TimePhrases.read(text, null).reference().edtf()).isEqualTo("2024-10-16");
            assertThat(TimePhrases.read("KYIV, Ukraine, March 3, 2022 — Shelling resumed.", null).reference().edtf())
                    .isEqualTo("2022-03-03");
            // A sentence that opens with a capitalised name is no place line.
            assertThat(TimePhrases.read("Smith, who resigned on March 3, 2022 — and was later cleared — spoke.", null)
                    .dateline()).isNull();
        }

        @Test
        void aDateInsideAParagraphIsNoDateline() {
            String text = "The first shuttle, Columbia, lifted off from the Kennedy Space Center on April 12, 1981, and "
                    + "the programme ran for thirty years until its last flight.";
            assertThat(TimePhrases.read(text, null).dateline()).isNull();
        }
    }

    @Nested
    class NotTimeExpressions {
        @Test
        void numbersCodesAndLookalikes() {
            String text = "STS-135 and Su-35 jets and the S-400; the 747 carried it. 1,200 pounds a year. 2000 troops left. "
                    + "More than 2000 people came. May I ask? The fall of Kabul. The Arab Spring. Visits every Saturday. "
                    + "It exploded 73 seconds after liftoff. Modern day air travel. At the same time, they went so far "
                    + "as to build it. Its 39th mission marked the 30th anniversary. A 1600 × 1200 image. Up to date. "
                    + "They rushed to spring into action on Easter Island.";
            assertThat(TimePhrases.find(text, ReferenceDate.parse(MARCH_1, "given"))).isEmpty();
        }

        @Test
        void weekdayAndMonthNamesThatAreNoDays() {
            String text = "Nurses to March on Westminster as ward closures bite\n\nStrikers Will March Across The City\n\n"
                    + "The Sunday Times reported it. Half of our Saturday audience left. A few May flowers grew.";
            assertThat(TimePhrases.find(text, ReferenceDate.parse(MARCH_1, "given"))).isEmpty();
        }
    }

    @Nested
    class Nearest {
        private final String text = "The talks began in 2019. On Tuesday the minister resigned, and his deputy left. "
                + "Nothing else happened last week.";
        private final List<TimePhrase> phrases = TimePhrases.find(text, ReferenceDate.parse(MARCH_1, "given"));

        @Test
        void prefersThePassagesSentence() {
            int start = text.indexOf("his deputy left");
            Optional<TimePhrase> p = TimePhrases.nearest(phrases, text, start, start + "his deputy left".length());
            // "last week" is nearer in characters, but "On Tuesday" is in the same sentence.
            assertThat(p).map(TimePhrase::phrase).contains("On Tuesday");
        }

        @Test
        void aPhraseInsideThePassageWinsAndOtherwiseTheNearest() {
            int inside = text.indexOf("2019");
            assertThat(TimePhrases.nearest(phrases, text, inside - 10, inside + 4)).map(TimePhrase::phrase).contains("in 2019");
            String none = "No time here. The talks began in 2019.";
            List<TimePhrase> found = TimePhrases.find(none, null);
            assertThat(TimePhrases.nearest(found, none, 0, 12)).map(TimePhrase::phrase).contains("in 2019");
            assertThat(TimePhrases.nearest(List.of(), none, 0, 12)).isEmpty();
        }
    }

    /** Found by reading articles not seen before: each of these once came out wrong. */
    @Nested
    class UnseenArticles {
        private static final String JUNE_14 = "2023-06-14";

        @Test
        void hoursMoveByWholeDaysOnlyAsFarAsTheyMakeSome() {
            String text = "The bridge failed on May 2, 2022. Twelve hours later, the mayor resigned.";
            means(text, JUNE_14, "Twelve hours later", "2022-05-02/2022-05-03", "2022-05-02", "2022-05-03");
            means("The bridge failed on May 2, 2022, and repairs began within 48 hours.", JUNE_14, "within 48 hours",
                    "2022-05-02/2022-05-04", "2022-05-02", "2022-05-04");
            means("The bridge failed on May 2, 2022. Hours later, the mayor resigned.", JUNE_14, "Hours later",
                    "2022-05-02~/2022-05-03~", "2022-05-02", "2022-05-03");
            means("The fire started on March 3, 2021. Crews arrived within hours.", JUNE_14, "within hours",
                    "2021-03-03/2021-03-05", "2021-03-03", "2021-03-05");
        }

        @Test
        void theVerbLastIsHowLongNotTheLastStretchOfTime() {
            String text = "The consultation will begin in January and last twelve weeks.\n\n"
                    + "The strike could last several months, union leaders warned.\n\n"
                    + "The repairs are expected to last two years.\n\n"
                    + "It can't last two years.\n\n"
                    + "Prices rose over the last three months. We met in May and last week.";
            List<String> phrases = TimePhrases.find(text, ReferenceDate.parse(JUNE_14, "given")).stream()
                    .map(TimePhrase::phrase).toList();
            assertThat(phrases).containsExactly("in January", "over the last three months", "in May", "last week");
            means(text, JUNE_14, "last week", "2023-06-05/2023-06-11", "2023-06-05", "2023-06-11");
        }

        @Test
        void aComparisonIsNoTime() {
            String text = "The snow melted weeks earlier than normal. The project finished two years earlier than "
                    + "planned, and the road opened months later than promised.";
            assertThat(TimePhrases.find(text, ReferenceDate.parse(JUNE_14, "given"))).isEmpty();
        }

        @Test
        void aDecimalPointEndsNoSentence() {
            // 9 May 2024 is a Thursday: the past tense of "opened" points to the Sunday before.
            means("The city opened a 1.8 km path on Sunday.", "2024-05-09", "on Sunday", "2024-05-05", "2024-05-05",
                    "2024-05-05");
        }

        @Test
        void aPastWithinInAnotherParagraphCountsFromTheArticlesDate() {
            String text = "The trust said it would review the decision in May.\n\nHe said he expected a reply within two weeks.";
            means(text, "2023-11-08", "within two weeks", "2023-11-08/2023-11-22", "2023-11-08", "2023-11-22");
            // in the same paragraph it follows the time told before it
            means("The fire started on March 3, 2021. Crews arrived within two days.", JUNE_14, "within two days",
                    "2021-03-03/2021-03-05", "2021-03-03", "2021-03-05");
        }

        @Test
        void forAtLeastACountIsALowerBoundOnly() {
            TimePhrase ahead = phrase("The plant will close for at least six months.", "2024-05-09", "for at least six months");
            assertMeans(ahead, "2024-05-09/..", "2024-05-09", null);
            assertThat(ahead.note()).contains("at least 6 months, how much longer is not said");
            TimePhrase upToNow = phrase("The plant has been closed for at least six months.", "2024-05-09",
                    "for at least six months");
            assertMeans(upToNow, "../2024-05-09", null, "2024-05-09");
            assertThat(upToNow.note()).contains("at least 6 months, how many more is not said");
        }

        @Test
        void theWeekendOfAnotherTimeIsNotTheArticlesWeekend() {
            String text = "She worked through the weekend after polling day, and over the weekend of the count.";
            assertThat(TimePhrases.find(text, ReferenceDate.parse(JUNE_14, "given"))).extracting(TimePhrase::phrase)
                    .doesNotContain("through the weekend", "over the weekend", "the weekend");
            means("She worked over the weekend.", JUNE_14, "over the weekend", "2023-06-10/2023-06-11",
                    "2023-06-10", "2023-06-11");
        }

        @Test
        void anAttributionInThePastDoesNotEndATimeStillRunning() {
            means("Her term runs until 2027, the board said.", "2024-05-08", "until 2027", "2024-05-08/2027",
                    "2024-05-08", "2027-12-31");
            // the clause's own past tense still reads it as an old plan
            means("Her term was to run until 2027, the board said.", "2024-05-08", "until 2027", "/2027", null,
                    "2027-12-31");
        }

        @Test
        void fromAfterAThingThatComesFromATimeNamesThatTime() {
            means("The archive holds letters from the 1890s.", JUNE_14, "from the 1890s", "189X", "1890-01-01", "1899-12-31");
            means("Footage from 2005 shows the old harbour.", JUNE_14, "from 2005", "2005", "2005-01-01", "2005-12-31");
            // a start still: after a verb, or with "on"
            means("The law applies from 1 July 2024.", JUNE_14, "from 1 July 2024", "2024-07-01/..", "2024-07-01", null);
        }

        @Test
        void aCountInDigitsOrHundredsKeepsItsNumber() {
            String feb8 = "2025-02-08";
            means("It closed 30 years ago.", feb8, "30 years ago", "1995", "1995-01-01", "1995-12-31");
            means("It closed two hundred years ago.", feb8, "two hundred years ago", "1825", "1825-01-01", "1825-12-31");
            means("The floods came on 3 March 2024. It reopened 5 days later.", feb8, "5 days later",
                    "2024-03-08", "2024-03-08", "2024-03-08");
            means("Farming began around 12,000 years ago.", feb8, "around 12,000 years ago", "-9975~", "-9975-01-01",
                    "-9975-12-31");
            // a decimal is no count of units
            assertThat(TimePhrases.find("It grew 3.5 years ago.", ReferenceDate.parse(feb8, "given")))
                    .extracting(TimePhrase::phrase).doesNotContain("5 years ago");
        }

        @Test
        void aCenturyBeforeChristAndThingsThatDateFromOne() {
            means("Its story begins in the 5th century BC.", JUNE_14, "in the 5th century BC", "-0499/-0400",
                    "-0499-01-01", "-0400-12-31");
            means("The temple dates from the third century B.C. and still stands.", JUNE_14, "from the third century B.C.",
                    "-0299/-0200", "-0299-01-01", "-0200-12-31");
        }

        @Test
        void diedIsAPastVerb() {
            // 11 January 2024 is a Thursday
            means("He died on Sunday.", "2024-01-11", "on Sunday", "2024-01-07", "2024-01-07", "2024-01-07");
        }

        @Test
        void aPassivePresentPerfectRunsUpToTheArticlesDate() {
            means("He has been held on remand for 11 months.", "2024-03-12", "for 11 months", "2023-04-12/2024-03-12",
                    "2023-04-12", "2024-03-12");
        }

        @Test
        void beforeTheEndOfAMonthReachesItsLastDay() {
            TimePhrase p = phrase("We will play 12 games before the end of January.", "2024-12-10", "before the end of January");
            assertThat(p.latest()).isEqualTo(java.time.LocalDate.parse("2025-01-31"));
        }

        @Test
        void aDayOfAMonthIsNotCalledTheDayOfIt() {
            TimePhrase p = phrase("The fire was in February 2023. She was at home that night.", JUNE_14, "that night");
            assertMeans(p, "2023-02", "2023-02-01", "2023-02-28");
            assertThat(p.note()).contains("A day within “in February 2023”; which one is not said.");
        }

        @Test
        void toDateAsAVerbAndForNearlyACount() {
            List<String> found = TimePhrases.find("The method made it possible to date layers. He led it for nearly four "
                    + "decades.", ReferenceDate.parse(JUNE_14, "given")).stream().map(TimePhrase::phrase).toList();
            assertThat(found).containsExactly("for nearly four decades");
        }

        @Test
        void aSeasonTakesTheYearNamedEarlierInItsSentenceAsAMonthDoes() {
            means("In 2010, the shares fell in the spring.", "2024-11-07", "in the spring", "2010-21", "2010-03-20",
                    "2010-06-20");
        }

        @Test
        void theDecadeOfAPastNarrativeIsTheNarrativesDecade() {
            String text = "He joined in 1962. The following year he opened a hall. By the end of the decade he was "
                    + "promoting 30 concerts a year.\n\nThe firm expects to grow by the end of the decade.";
            TimePhrase past = phrase(text, "2024-01-11", "By the end of the decade");
            assertThat(past.edtf()).isEqualTo("/196X");
            assertThat(past.latest()).isEqualTo(java.time.LocalDate.parse("1969-12-31"));
            // told of the future: the article's decade
            assertThat(phrase(text, "2024-01-11", "by the end of the decade").edtf()).isEqualTo("2024-01-11/202X");
        }

        @Test
        void soFarInATimeAfterTheArticlesDateIsNoReversedSpan() {
            TimePhrase p = phrase("so far in 2010-11", "1990-01-01", "so far in 2010");
            assertThat(p.earliest()).isBeforeOrEqualTo(p.latest());
        }

        @Test
        void electionDayIsTheUnitedStatesOne() {
            // 2024: the first Monday of November is the 4th, Election Day the 5th
            means("Voters went to the polls on Election Day.", "2024-11-20", "on Election Day", "2024-11-05",
                    "2024-11-05", "2024-11-05");
            assertThat(TimePhrases.find("The election day rally was loud.", ReferenceDate.parse("2024-11-20", "given")))
                    .isEmpty();
        }

        @Test
        void whatHasBeenDoneUntilAWeekdayHoldsUntilTheComingOne() {
            // 11 February 2024 is a Sunday
            TimePhrase p = phrase("Northern Rail has suspended services on the line until at least Tuesday.", "2024-02-11",
                    "until at least Tuesday");
            assertThat(p.latest()).isEqualTo(java.time.LocalDate.parse("2024-02-13"));
            assertThat(phrase("The line was closed until Tuesday.", "2024-02-11", "until Tuesday").latest())
                    .isEqualTo(java.time.LocalDate.parse("2024-02-06"));
        }

        @Test
        void aRelativeClauseOnWhoseKeepsItsPresentTense() {
            // the main clause is past ("raised"), the date is the relative clause's: the coming 30 September
            means("The company, whose fiscal 2024 ends on September 30, raised its forecast.", "2024-08-01",
                    "on September 30", "2024-09-30", "2024-09-30", "2024-09-30");
        }

        @Test
        void thatEveningIsTheDayOfThePhraseBefore() {
            String text = "The recount was ordered on November 9, 2010. The following day, she invited both candidates. "
                    + "That evening, she drafted the rules.\n\nIt was ordered on June 1, 2011. That night, she left.";
            means(text, JUNE_14, "That evening", "2010-11-10", "2010-11-10", "2010-11-10");
            means(text, JUNE_14, "That night", "2011-06-01", "2011-06-01", "2011-06-01");
            means("The fire started on 4 March 2023. Crews worked until the following morning.", JUNE_14,
                    "until the following morning", "/2023-03-05", null, "2023-03-05");
        }
    }
}
