package org.sourceline.data.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.data.Utf8;
import org.sourceline.data.json.JsonText;

/**
 * Reads an article from a file ({@code .txt}, {@code .md}/{@code .markdown},
 * {@code .html}/{@code .htm}, a saved web page) or from the clipboard, and returns its text and
 * what the source says about it ({@link ImportedArticle}). Nothing is written anywhere: the caller
 * decides where the text goes. A file that cannot be used throws {@link ArticleImportException}
 * with a message fit for a dialog.
 *
 * <p><b>Bytes.</b> The file must be UTF-8 (a byte order mark is dropped). UTF-16 or UTF-32 text,
 * bytes that are not UTF-8 (the message says where, and which character set a web page declares),
 * a binary file (PDF, Word, ZIP, images, or anything holding NUL bytes or many control characters),
 * an empty file and one larger than {@value #MAX_FILE_MEGABYTES} MB are refused.
 *
 * <p><b>Text.</b> Whatever the format, the article text is built by the same rules: line ends
 * become {@code \n} (CRLF and lone CR, and the Unicode line and paragraph separators); paragraphs
 * are separated by exactly one blank line; inside a paragraph every run of white space is one
 * space, non-breaking spaces (U+00A0, U+2007, U+202F) are kept as they are (a quote must match the
 * text exactly) but trimmed from a paragraph's ends; no line has trailing spaces; control
 * characters and stray byte order marks are dropped; the text ends with one {@code \n}.
 * <ul>
 *   <li><b>Plain text</b>: every non-blank line is a paragraph (hard-wrapped lines are not joined:
 *       the text says no more than the file); runs of blank lines become one. No metadata is
 *       guessed from plain text: title, author and the rest are null.</li>
 *   <li><b>Markdown</b>: see {@link MarkdownArticle} for the exact rules (syntax removed, link text
 *       kept, images and HTML comments dropped, list items and headings as paragraphs, code as text,
 *       front matter read as metadata).</li>
 *   <li><b>Web page</b>: see {@link HtmlArticle}, {@link PageChrome} and {@link PageMetadata}
 *       (chrome removed, the article body chosen, metadata from Open Graph, JSON-LD and the
 *       byline).</li>
 * </ul>
 */
public final class ArticleImporter {
    /** The largest article file read. */
    public static final int MAX_FILE_MEGABYTES = 64;

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private ArticleImporter() {
    }

    /** True when the file's extension names a format this importer reads. */
    public static boolean isArticleFile(Path file) {
        Path name = file.getFileName();
        return name != null && ArticleFormat.ofFileName(name.toString()) != null;
    }

    /**
     * Reads an article file; the extension says its format (a file with another extension is read
     * as a web page when it starts like one).
     *
     * @throws ArticleImportException when the file cannot be read ({@link ArticleImportException#unreadable()})
     *                                or holds no usable article
     */
    public static ImportedArticle importFile(Path file) throws ArticleImportException {
        String source = file.toString();
        byte[] bytes = readBytes(file, source);
        if (bytes.length == 0) {
            throw new ArticleImportException(source, "the file is empty");
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new ArticleImportException(source, "not a text file: " + binary
                    + "; save the article as text (.txt), Markdown (.md) or a web page (.html)");
        }
        Path fileName = file.getFileName();
        ArticleFormat format = fileName == null ? null : ArticleFormat.ofFileName(fileName.toString());
        String content;
        try {
            content = Utf8.decode(bytes);
        } catch (Utf8.MalformedTextException e) {
            String declared = declaredCharset(bytes);
            String advice = declared != null && !declared.equalsIgnoreCase("utf-8") && !declared.equalsIgnoreCase("utf8")
                    ? "; the page declares the character set " + declared + ": save it as UTF-8"
                    : e.getMessage().contains("save it as UTF-8") ? "" : "; save the file as UTF-8";
            throw new ArticleImportException(source, e.line(), e.column(), e.getMessage() + advice, false);
        }
        if (format == null) {
            if (!looksLikeHtml(content)) {
                throw new ArticleImportException(source, "not an article file Sourceline reads: give a "
                        + ArticleFormat.allExtensions() + " file");
            }
            format = ArticleFormat.HTML;
        }
        List<String> notes = new ArrayList<>();
        if (Utf8.bomLength(bytes) > 0) {
            notes.add("the byte order mark at the start of the file was dropped");
        }
        return read(content, format, source, notes);
    }

    /** Plain text, e.g. from the clipboard: every line a paragraph. */
    public static ImportedArticle fromText(String text) throws ArticleImportException {
        return fromString(text, ArticleFormat.TEXT, "clipboard");
    }

    /**
     * The clipboard's content: its HTML when it holds some with text in it (the paragraphs of
     * what was copied, page chrome removed, nothing chosen: the user chose by copying), else its
     * plain text. Plain text that is a whole HTML page (copied page source) is read as a page.
     *
     * @param html      the clipboard's HTML, or null
     * @param plainText the clipboard's plain text, or null
     */
    public static ImportedArticle fromClipboard(String html, String plainText) throws ArticleImportException {
        boolean hasHtml = html != null && !html.isBlank();
        boolean hasText = plainText != null && !plainText.isBlank();
        if (hasHtml) {
            try {
                return HtmlArticle.read(html, "clipboard", false);
            } catch (ArticleImportException e) {
                if (!hasText) {
                    throw e;
                }
            }
        }
        if (!hasText) {
            throw new ArticleImportException("clipboard", "the clipboard holds no text");
        }
        return fromString(plainText, looksLikeHtml(plainText) ? ArticleFormat.HTML : ArticleFormat.TEXT, "clipboard");
    }

    /**
     * Text already in memory, read as the given format.
     *
     * @param source how to name it in messages, e.g. a file name or "clipboard"
     */
    public static ImportedArticle fromString(String content, ArticleFormat format, String source)
            throws ArticleImportException {
        return read(content, format, source, new ArrayList<>());
    }

    private static ImportedArticle read(String content, ArticleFormat format, String source, List<String> notes)
            throws ArticleImportException {
        if (content.isBlank()) {
            throw new ArticleImportException(source, content.isEmpty() ? "the file is empty"
                    : "the file holds only white space");
        }
        int controls = controlCharacters(content);
        if (controls > 8 && controls * 100L > Math.min(content.length(), 1 << 16)) {
            throw new ArticleImportException(source, "not a text file: it holds " + controls
                    + " control characters (a binary file?)");
        }
        ImportedArticle article = switch (format) {
            case TEXT -> plainText(content, source);
            case MARKDOWN -> MarkdownArticle.read(normaliseLineEnds(content, notes), source);
            case HTML -> HtmlArticle.read(content, source, true);
        };
        List<String> all = new ArrayList<>();
        all.add("read as " + format.label());
        all.addAll(notes);
        all.addAll(article.notes());
        return new ImportedArticle(article.text(), article.title(), article.outlet(), article.author(), article.url(),
                article.published(), article.language(), article.format(), all, article.warnings());
    }

    /** Plain text: every non-blank line a paragraph. */
    private static ImportedArticle plainText(String content, String source) throws ArticleImportException {
        List<String> notes = new ArrayList<>();
        String text = normaliseLineEnds(content, notes);
        ParagraphWriter out = new ParagraphWriter();
        int blankRuns = 0;
        int trailing = 0;
        boolean previousBlank = false;
        int lineStart = 0;
        int lines = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            boolean blank = line.isBlank() || line.chars().allMatch(c -> c == ' ' || ParagraphWriter.isNonBreaking((char) c)
                    || ParagraphWriter.isCollapsible((char) c));
            if (blank) {
                if (previousBlank) {
                    blankRuns++;
                }
            } else {
                lines++;
                char last = line.charAt(line.length() - 1);
                if (last == ' ' || last == '\t' || ParagraphWriter.isNonBreaking(last)) {
                    trailing++;
                }
                out.text(line).endParagraph();
            }
            previousBlank = blank;
            lineStart = lineEnd + 1;
        }
        String result = out.build();
        if (result.isEmpty()) {
            throw new ArticleImportException(source, "the file holds no text");
        }
        notes.add("every line is a paragraph; paragraphs are separated by one blank line");
        if (blankRuns > 0) {
            notes.add(blankRuns + " extra blank lines removed");
        }
        if (trailing > 0) {
            notes.add("spaces at the end of " + trailing + (trailing == 1 ? " line" : " lines") + " removed");
        }
        if (out.collapsedRuns() > 0) {
            notes.add(out.collapsedRuns() + " runs of white space inside lines (tabs, several spaces) made one space");
        }
        if (out.droppedControls() > 0) {
            notes.add(out.droppedControls() + " control characters dropped");
        }
        String title = headline(text);
        if (title != null) {
            notes.add("title taken from the first line, which stands alone like a headline (it stays in the text)");
        }
        Header header = header(text, title != null);
        if (header.author() != null) {
            notes.add(header.authorNote());
        }
        if (header.published() != null) {
            notes.add(header.publishedNote());
        }
        return new ImportedArticle(result, title, null, header.author(), null, header.published(), null, ArticleFormat.TEXT,
                notes, List.of());
    }

    /** How many lines of a plain text's start may be its header (headline, byline, date lines). */
    static final int HEADER_LINES = 6;

    /** A label before a publication date ("Published:", "Posted on", "First published"). */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i)^(?:first\\s+|originally\\s+)?(?:published|posted)\\b\\s*(?:on\\b|:)?\\s*");
    /** A line about a later change, whose date is not the publication's. */
    private static final Pattern UPDATED_LABEL = Pattern.compile("(?i)^(?:last\\s+)?(?:updated|modified|edited)\\b.*");
    /** A time of day before or after the date ("3:04 PM EST,", ", 10.30am GMT", "at 9:15 a.m."). */
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?i)(?:\\bat\\s+)?\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}\\b)?(?:\\s*[+-]\\d{2}:?\\d{2})?\\s*,?");

    /**
     * The author and publication date a plain text states in its header — the lines before its
     * first long paragraph, at most {@value #HEADER_LINES} (after the headline): a byline that is
     * only "By" and names, and a date line, labelled "Published"/"Posted", or a bare date within
     * two lines of the byline ("Published 3:04 PM EST, March 12, 2024"; "By Ann Lee" / "March 12,
     * 2024"). A line
     * saying when the text was updated is not its publication. Nothing else is read; what is read
     * stays in the text. Each part of the result is null when not found.
     */
    static Header header(String text, boolean hasHeadline) {
        String author = null;
        String authorLine = null;
        String published = null;
        String publishedLine = null;
        String[] lines = text.substring(0, Math.min(text.length(), HEADLINE_LOOK)).split("\n");
        int seen = 0;
        int bylineAt = -1;
        String bareDate = null;
        String bareDateLine = null;
        int bareDateAt = -1;
        for (int i = 0; i < lines.length && seen < HEADER_LINES + (hasHeadline ? 1 : 0); i++) {
            String line = new ParagraphWriter().text(lines[i]).endParagraph().build().strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > MAX_HEADLINE_LENGTH) {
                break; // the body has begun
            }
            if (author == null && HtmlArticle.isByline(line)) {
                author = PageMetadata.cleanByline(line);
                authorLine = line;
                bylineAt = seen;
                continue;
            }
            if (published == null && !UPDATED_LABEL.matcher(line).matches()) {
                Matcher label = PUBLISHED_LABEL.matcher(line);
                boolean labelled = label.lookingAt() && label.end() > 0;
                String date = TIME_OF_DAY.matcher(labelled ? line.substring(label.end()) : line).replaceAll(" ")
                        .replaceAll("\\s+", " ").replaceAll("^[\\s,]+|[\\s,]+$", "");
                String edtf = PublishedDate.toEdtf(date);
                if (edtf != null && labelled) {
                    published = edtf;
                    publishedLine = line;
                } else if (edtf != null && bareDate == null) {
                    bareDate = edtf;
                    bareDateLine = line;
                    bareDateAt = seen;
                }
            }
        }
        // A bare date is the publication's only beside the byline: after a headline alone it may
        // be the first entry of a chronology ("Key dates" / "March 12, 2024" / …).
        if (published == null && bareDate != null && bylineAt > 0 && Math.abs(bareDateAt - bylineAt) <= 2) {
            published = bareDate;
            publishedLine = bareDateLine;
        }
        return new Header(author, authorLine, published, publishedLine);
    }

    /**
     * What a text's header says of it ({@link #header}): the author and the line that gave it,
     * the publication date (EDTF) and its line; null where it says nothing.
     */
    record Header(String author, String authorLine, String published, String publishedLine) {
        String authorNote() {
            return "author from the line \"" + authorLine + "\" (it stays in the text)";
        }

        String publishedNote() {
            return "published from the line \"" + publishedLine + "\" read as " + published + " (it stays in the text)";
        }
    }

    /** How much of the start of a text the headline rule reads. */
    private static final int HEADLINE_LOOK = 4000;

    /** The longest first line read as a headline. */
    static final int MAX_HEADLINE_LENGTH = 160;

    /**
     * The first line of a plain text when it reads as the headline, else null: it stands alone (a
     * blank line follows it, and at least two more lines of text come after), it is short (at most
     * {@value #MAX_HEADLINE_LENGTH} characters, at least three words) and it does not end as a
     * sentence or a lead-in does ({@code . , ; :}). A date line, a byline or a hard-wrapped first
     * paragraph is not taken (a byline and a date line are read by {@link #header}).
     */
    static String headline(String text) {
        // the first few lines are all it looks at: not a split of a whole long text
        String[] lines = text.substring(0, Math.min(text.length(), HEADLINE_LOOK)).split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first + 1 >= lines.length || !lines[first + 1].isBlank()) {
            return null;
        }
        int after = 0;
        for (int i = first + 2; i < lines.length && after < 2; i++) {
            if (!lines[i].isBlank()) {
                after++;
            }
        }
        String line = new ParagraphWriter().text(lines[first]).endParagraph().build().strip();
        if (after < 2 || line.length() > MAX_HEADLINE_LENGTH || line.split(" ").length < 3) {
            return null;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return null;
        }
        if (line.regionMatches(true, 0, "by ", 0, 3) || DATE_LINE.matcher(line).matches()) {
            return null;
        }
        return line;
    }

    /** A line that is only a date: weekday, day, month, year, digits and separators. */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)[\\s,./:-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\\d{1,4}(?:st|nd|rd|th)?|updated|published)"
            + "(?:[\\s,./:-]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
            + "|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            + "|\\d{1,4}(?:st|nd|rd|th)?|at|[ap]\\.?m\\.?|utc|gmt))*[\\s,./:-]*");

    /** CRLF, CR, U+2028 → {@code \n}; U+2029 → a blank line. Notes what it changed. */
    static String normaliseLineEnds(String s, List<String> notes) {
        int crlf = 0;
        int cr = 0;
        int separators = 0;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && c != '\u2028' && c != '\u2029') {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
                sb.append('\n');
            } else {
                separators++;
                sb.append(c == '\u2028' ? "\n" : "\n\n");
            }
        }
        if (crlf + cr + separators > 0) {
            List<String> kinds = new ArrayList<>();
            if (crlf > 0) {
                kinds.add(crlf + " CRLF");
            }
            if (cr > 0) {
                kinds.add(cr + " CR");
            }
            if (separators > 0) {
                kinds.add(separators + " Unicode line or paragraph separators");
            }
            notes.add("line ends normalised to \\n (" + String.join(", ", kinds) + ")");
        }
        return sb == null ? s : sb.toString();
    }

    // ----- bytes -------------------------------------------------------------------------------

    private static byte[] readBytes(Path file, String source) throws ArticleImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleImportException(source, 1, 1, "is a folder, not an article file", true);
            }
            long size = Files.size(file);
            if (size > (long) MAX_FILE_MEGABYTES << 20) {
                throw new ArticleImportException(source, String.format(Locale.ROOT,
                        "the file is %.0f MB: larger than any article (at most %d MB)", size / 1048576.0,
                        MAX_FILE_MEGABYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(source, 1, 1, "no such file", true);
        } catch (AccessDeniedException e) {
            throw new ArticleImportException(source, 1, 1, "cannot read: permission denied", true);
        } catch (IOException e) {
            throw new ArticleImportException(source, 1, 1, "cannot read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
    }

    /** What kind of binary file the bytes are ("a PDF document"), or null when they may be text. */
    public static String binaryKind(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "a PDF document";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "a ZIP archive (a Word .docx, an .epub or an .odt are ZIP archives)";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0) {
            return "an old Microsoft Office document (.doc)";
        }
        if (startsWith(b, "{\\rtf")) {
            return "an RTF document";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "a gzip archive";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && startsWith(java.util.Arrays.copyOfRange(b, 1, 4), "PNG")) {
            return "a PNG image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(b, "GIF8")) {
            return "a GIF image";
        }
        if (JsonText.guessUtf16Or32(b) != null) {
            return null; // text in another encoding: Utf8.decode says which
        }
        int limit = Math.min(b.length, 1 << 16);
        for (int i = 0; i < limit; i++) {
            if (b[i] == 0) {
                return "a binary file (it holds NUL bytes)";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static int controlCharacters(String s) {
        int n = 0;
        int limit = Math.min(s.length(), 1 << 16);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                n++;
            }
        }
        return n;
    }

    /** Starts (after white space and a byte order mark) with a doctype or an html tag. */
    static boolean looksLikeHtml(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        String head = s.substring(i, Math.min(s.length(), i + 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
