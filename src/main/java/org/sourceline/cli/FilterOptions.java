package org.sourceline.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.query.ActorMode;
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;
import org.sourceline.query.FilterResult;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The filter options every export command shares, the command-line face of {@link EventFilter}:
 * {@code --actor ID} (repeatable) with {@code --actor-mode any|all}, {@code --type T} and
 * {@code --certainty C} (repeatable), {@code --from DATE} and {@code --to DATE}
 * (YYYY-MM-DD, inclusive; an event matches when its span overlaps the range) and
 * {@code --search TEXT}, and the source filters: {@code --source ID} (an article id, repeatable),
 * {@code --outlet NAME} (repeatable), {@code --min-sources N} and {@code --disputed}. Add it with
 * {@code @Mixin FilterOptions filters;} and call {@link #toFilter(Dataset)} or {@link #select(Dataset)}.
 *
 * <p>{@code --source} takes article ids rather than outlets because an id names one article for
 * sure, while several articles may share an outlet (that is what {@code --outlet} is for).
 * Unknown types and certainty levels, malformed dates, an unknown actor, article or outlet and a
 * reversed range are usage errors (exit 2) whose message lists the valid values.
 */
public final class FilterOptions {
    @Option(names = "--actor", paramLabel = "ID",
            description = "only events involving this actor (repeatable; see --actor-mode)")
    List<String> actors = new ArrayList<>();

    @Option(names = "--actor-mode", paramLabel = "any|all", converter = ActorModeConverter.class,
            description = "with several --actor: events involving any of them (default) or all of them")
    ActorMode actorMode = ActorMode.ANY;

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            completionCandidates = TypeIds.class,
            description = "only events of this type (repeatable; any case): ${COMPLETION-CANDIDATES}")
    List<EventType> types = new ArrayList<>();

    @Option(names = "--certainty", paramLabel = "LEVEL", converter = CertaintyConverter.class,
            completionCandidates = CertaintyIds.class,
            description = "only events of this certainty (repeatable): ${COMPLETION-CANDIDATES}")
    List<CertaintyLevel> certainties = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "only events whose time span reaches this day or later (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "only events whose time span starts on this day or earlier (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "only events whose title, summary, quotes or actor names contain these words "
                    + "(case and accents ignored)")
    String search;

    @Option(names = "--source", paramLabel = "ID",
            description = "only events quoting this article, supporting or disputing them (repeatable; an article id, "
                    + "as `validate` lists them)")
    List<String> sources = new ArrayList<>();

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "only events quoting an article of this outlet (repeatable; any case)")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--min-sources", paramLabel = "N",
            description = "only events supported by at least N different articles (a disputing quote is no source)")
    Integer minSources;

    @Option(names = "--disputed", description = "only events that a quote disputes")
    boolean disputed;

    /**
     * The filter these options describe; fails with exit 2 for an actor, article or outlet the
     * dataset lacks, a reversed range or a negative number of sources.
     */
    public EventFilter toFilter(Dataset dataset) {
        Set<String> actorIds = null;
        if (!actors.isEmpty()) {
            actorIds = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String id : actors) {
                if (dataset.actor(id) == null) {
                    unknown.add(id);
                } else {
                    actorIds.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                String valid = dataset.actors().stream().map(Actor::id).collect(Collectors.joining(", "));
                throw new CommandFailure(CommandFailure.USAGE, "sourceline: unknown actor"
                        + (unknown.size() == 1 ? " " : "s ") + unknown.stream().map(id -> "'" + id + "'")
                        .collect(Collectors.joining(", ")) + " (valid: " + (valid.isEmpty() ? "none" : valid) + ")");
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandFailure(CommandFailure.USAGE, "sourceline: --from " + from + " is after --to " + to
                    + ": the range is reversed");
        }
        if (minSources != null && minSources < 0) {
            throw new CommandFailure(CommandFailure.USAGE, "sourceline: --min-sources must be 0 or more, not " + minSources);
        }
        return new EventFilter(actorIds, actorMode,
                types.isEmpty() ? null : EnumSet.copyOf(types),
                certainties.isEmpty() ? null : EnumSet.copyOf(certainties),
                from == null ? Days.OPEN_START : Days.of(from), to == null ? Days.OPEN_END : Days.of(to), search,
                articleIds(dataset), outletKeys(dataset), minSources == null ? 0 : minSources, disputed);
    }

    /** The article ids of {@code --source}, or null; exit 2 naming the valid ids for an unknown one. */
    private Set<String> articleIds(Dataset dataset) {
        if (sources.isEmpty()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : sources) {
            (dataset.article(id) == null ? unknown : ids).add(id);
        }
        if (!unknown.isEmpty()) {
            String valid = dataset.articles().stream().map(Article::id).collect(Collectors.joining(", "));
            throw new CommandFailure(CommandFailure.USAGE, "sourceline: unknown article" + quotedList(unknown)
                    + " for --source (valid: " + valid + ")");
        }
        return ids;
    }

    /** The outlets of {@code --outlet} as the dataset spells them, or null; exit 2 naming the valid ones. */
    private Set<String> outletKeys(Dataset dataset) {
        if (outlets.isEmpty()) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>();
        for (Article article : dataset.articles()) {
            if (article.outlet() != null) {
                known.add(article.outlet());
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : outlets) {
            String match = known.stream().filter(o -> o.equalsIgnoreCase(name.strip())).findFirst().orElse(null);
            if (match == null) {
                unknown.add(name);
            } else {
                keys.add(match);
            }
        }
        if (!unknown.isEmpty()) {
            throw new CommandFailure(CommandFailure.USAGE, "sourceline: unknown outlet" + quotedList(unknown)
                    + " (valid: " + (known.isEmpty() ? "none: no article names its outlet" : String.join(", ", known)) + ")");
        }
        return keys;
    }

    /** {@code " 'a'"} or {@code "s 'a', 'b'"}, after a singular noun. */
    private static String quotedList(List<String> values) {
        return (values.size() == 1 ? " " : "s ") + values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
    }

    /** The events of the dataset that pass the filter, in time order. */
    public List<Event> select(Dataset dataset) {
        EventFilter filter = toFilter(dataset);
        EventIndex index = EventIndex.of(dataset);
        FilterResult result = new FilterEngine(index).apply(filter);
        List<Event> events = new ArrayList<>(result.visibleCount());
        for (int e : result.visibleInTimeOrder()) {
            events.add(index.event(e));
        }
        return events;
    }

    /** {@code any} or {@code all}, in any case. */
    public static final class ActorModeConverter implements ITypeConverter<ActorMode> {
        @Override
        public ActorMode convert(String value) {
            return Stream.of(ActorMode.values()).filter(m -> m.name().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected any or all, found '" + value + "'"));
        }
    }

    /** The event types' ids, from the enum (so help lists each type the model knows). */
    static final class TypeIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Stream.of(EventType.values()).map(EventType::id).iterator();
        }
    }

    /** The certainty levels' ids, from the enum. */
    static final class CertaintyIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Stream.of(CertaintyLevel.values()).map(CertaintyLevel::id).iterator();
        }
    }

    /** An event type, in any case. */
    public static final class TypeConverter implements ITypeConverter<EventType> {
        @Override
        public EventType convert(String value) {
            EventType type = EventType.fromId(value.strip());
            if (type == null) {
                throw new TypeConversionException("unknown event type '" + value + "' (valid: "
                        + Stream.of(EventType.values()).map(EventType::id).collect(Collectors.joining(", ")) + ")");
            }
            return type;
        }
    }

    /** A certainty level, in any case. */
    public static final class CertaintyConverter implements ITypeConverter<CertaintyLevel> {
        @Override
        public CertaintyLevel convert(String value) {
            CertaintyLevel level = CertaintyLevel.fromId(value.strip().toLowerCase(Locale.ROOT));
            if (level == null) {
                throw new TypeConversionException("unknown certainty '" + value + "' (valid: "
                        + Stream.of(CertaintyLevel.values()).map(CertaintyLevel::id).collect(Collectors.joining(", ")) + ")");
            }
            return level;
        }
    }

    /** An ISO day, YYYY-MM-DD. */
    public static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2022-10-01)");
            }
        }
    }
}
