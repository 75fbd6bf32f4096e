package org.sourceline.data.timelinejs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tag stripper keeps what a reader sees and nothing a browser would run. */
class HtmlTextTest {
    @Test
    void plainTextStaysAsItIs() {
        assertThat(HtmlText.strip("Russia and Iran")).isEqualTo("Russia and Iran");
        assertThat(HtmlText.strip(null)).isEmpty();
        assertThat(HtmlText.strip("")).isEmpty();
    }

    @Test
    void tagsGoAndTheirTextStays() {
        assertThat(HtmlText.strip("<b>Drones</b> for <a href=\"https://example.org/x?a=1&b=2\">Russia</a>"))
                .isEqualTo("Drones for Russia");
        assertThat(HtmlText.strip("<span title='a > b'>kept</span>")).isEqualTo("kept");
    }

    @Test
    void scriptsStylesAndCommentsAreDroppedWithTheirContent() {
        assertThat(HtmlText.strip("A<script>alert('<b>x</b>')</script>B")).isEqualTo("AB");
        assertThat(HtmlText.strip("A<SCRIPT type=text/javascript>document.write(1)</SCRIPT >B")).isEqualTo("AB");
        assertThat(HtmlText.strip("A<style>p { color: red }</style>B")).isEqualTo("AB");
        assertThat(HtmlText.strip("A<!-- <script>x</script> -->B")).isEqualTo("AB");
        assertThat(HtmlText.strip("A<iframe src=\"https://example.org\">fallback</iframe>B")).isEqualTo("AB");
        assertThat(HtmlText.strip("<img src=x onerror=alert(1)>C")).isEqualTo("C");
        assertThat(HtmlText.strip("A<script>never closed")).isEqualTo("A");
        assertThat(HtmlText.strip("<!DOCTYPE html><?xml x?>D")).isEqualTo("D");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(HtmlText.strip("Tom &amp; Jerry &lt;3 &quot;yes&quot; &#39;no&#39;")).isEqualTo("Tom & Jerry <3 \"yes\" 'no'");
        assertThat(HtmlText.strip("&ldquo;closer&rdquo; &mdash; &hellip; caf&eacute; &#x1F600; &#8217;"))
                .isEqualTo("“closer” — … café \uD83D\uDE00 ’");
        assertThat(HtmlText.strip("for&nbsp;Foreign Policy")).isEqualTo("for\u00A0Foreign Policy");
        assertThat(HtmlText.strip("&#150; &#0; &#xD800;")).isEqualTo("– \uFFFD \uFFFD");
    }

    @Test
    void unknownOrBrokenReferencesStayLiteral() {
        assertThat(HtmlText.strip("AT&T &bogus; a & b &#; &")).isEqualTo("AT&T &bogus; a & b &#; &");
        assertThat(HtmlText.strip("escaped tag: &lt;script&gt;")).isEqualTo("escaped tag: <script>");
    }

    @Test
    void aLessThanSignThatStartsNoTagIsText() {
        assertThat(HtmlText.strip("1 < 2 and 3 <= 4")).isEqualTo("1 < 2 and 3 <= 4");
    }

    @Test
    void whiteSpaceCollapsesAndBlocksBreakLines() {
        assertThat(HtmlText.strip("  Hello \n\t  world  ")).isEqualTo("Hello world");
        assertThat(HtmlText.strip("<p>One</p><p>Two</p>")).isEqualTo("One\n\nTwo");
        assertThat(HtmlText.strip("<ul><li>a</li><li>b</li></ul>after")).isEqualTo("a\nb\n\nafter");
        assertThat(HtmlText.strip("line<br>next<br/><br>third")).isEqualTo("line\nnext\n\nthird");
        assertThat(HtmlText.strip("<div>x</div><div> y </div>")).isEqualTo("x\ny");
    }

    @Test
    void blockQuotesAreReturnedApart() {
        HtmlText.Plain plain = HtmlText.parse("<p>Summary.</p><blockquote>First <em>quote</em>.</blockquote>"
                + "<blockquote><p>Second</p><blockquote>nested</blockquote></blockquote><p>— Claimed by X</p>");
        assertThat(plain.quotes()).containsExactly("First quote.", "Second\n\nnested");
        assertThat(plain.textWithoutQuotes()).isEqualTo("Summary.\n\n— Claimed by X");
        assertThat(plain.text()).isEqualTo("Summary.\n\nFirst quote.\n\nSecond\n\nnested\n\n— Claimed by X");
    }

    @Test
    void escapeRoundTrips() {
        String text = "a < b & “c” > d \"e\"";
        assertThat(HtmlText.strip(HtmlText.escape(text))).isEqualTo(text);
    }
}
