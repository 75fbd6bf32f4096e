package org.sourceline.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;
import org.sourceline.query.ActorMode;
import org.sourceline.query.EventFilter;

/** Remembers each dataset's filter in the settings, so it comes back when the dataset is reopened. */
final class FilterMemory {
    private FilterMemory() {
    }

    static void remember(Settings settings, LoadedDataset loaded, EventFilter filter) {
        Map<String, Map<String, Object>> all = settings.values().filters;
        String key = loaded.key();
        if (filter == null || filter.isEmpty()) {
            all.remove(key);
        } else {
            Map<String, Object> stored = new LinkedHashMap<>();
            if (filter.actors() != null) {
                stored.put("actors", new ArrayList<>(new TreeSet<>(filter.actors())));
            }
            stored.put("actorMode", filter.actorMode().name());
            if (filter.types() != null) {
                stored.put("types", filter.types().stream().map(EventType::id).sorted().toList());
            }
            if (filter.certainties() != null) {
                stored.put("certainties", filter.certainties().stream().map(CertaintyLevel::id).sorted().toList());
            }
            if (filter.from() != Days.OPEN_START) {
                stored.put("from", Days.format(filter.from()));
            }
            if (filter.to() != Days.OPEN_END) {
                stored.put("to", Days.format(filter.to()));
            }
            if (filter.text() != null) {
                stored.put("text", filter.text());
            }
            if (filter.articles() != null) {
                stored.put("articles", new ArrayList<>(new TreeSet<>(filter.articles())));
            }
            if (filter.outlets() != null) {
                stored.put("outlets", new ArrayList<>(new TreeSet<>(filter.outlets())));
            }
            if (filter.minSources() > 0) {
                stored.put("minSources", filter.minSources());
            }
            if (filter.disputedOnly()) {
                stored.put("disputedOnly", true);
            }
            all.remove(key);
            all.put(key, stored);
            while (all.size() > 50) {
                all.remove(all.keySet().iterator().next());
            }
        }
    }

    /**
     * The remembered filter, dropping actors, articles and outlets the dataset no longer has; NONE
     * when nothing usable is stored.
     */
    static EventFilter restore(Settings settings, LoadedDataset loaded) {
        Map<String, Object> stored = settings.values().filters.get(loaded.key());
        if (stored == null) {
            return EventFilter.NONE;
        }
        try {
            Set<String> actors = null;
            if (stored.get("actors") instanceof List<?> list) {
                actors = new TreeSet<>();
                for (Object id : list) {
                    if (loaded.dataset().actor(String.valueOf(id)) != null) {
                        actors.add(String.valueOf(id));
                    }
                }
            }
            ActorMode mode = "ALL".equals(stored.get("actorMode")) ? ActorMode.ALL : ActorMode.ANY;
            Set<EventType> types = null;
            if (stored.get("types") instanceof List<?> list) {
                types = EnumSet.noneOf(EventType.class);
                for (Object id : list) {
                    EventType type = EventType.fromId(String.valueOf(id));
                    if (type != null) {
                        types.add(type);
                    }
                }
            }
            Set<CertaintyLevel> levels = null;
            if (stored.get("certainties") instanceof List<?> list) {
                levels = EnumSet.noneOf(CertaintyLevel.class);
                for (Object id : list) {
                    CertaintyLevel level = CertaintyLevel.fromId(String.valueOf(id));
                    if (level != null) {
                        levels.add(level);
                    }
                }
            }
            long from = stored.get("from") instanceof String s ? java.time.LocalDate.parse(s).toEpochDay() : Days.OPEN_START;
            long to = stored.get("to") instanceof String s ? java.time.LocalDate.parse(s).toEpochDay() : Days.OPEN_END;
            String text = stored.get("text") instanceof String s ? s : null;
            Set<String> articles = null;
            if (stored.get("articles") instanceof List<?> list) {
                articles = new TreeSet<>();
                for (Object id : list) {
                    if (loaded.dataset().article(String.valueOf(id)) != null) {
                        articles.add(String.valueOf(id));
                    }
                }
                // None of the remembered articles is left: showing nothing would help no one.
                articles = articles.isEmpty() && !list.isEmpty() ? null : articles;
            }
            Set<String> outlets = null;
            if (stored.get("outlets") instanceof List<?> list) {
                Set<String> known = new TreeSet<>();
                loaded.dataset().articles().forEach(a -> known.add(EventFilter.outletKey(a.outlet())));
                outlets = new TreeSet<>();
                for (Object name : list) {
                    if (known.contains(String.valueOf(name))) {
                        outlets.add(String.valueOf(name));
                    }
                }
                outlets = outlets.isEmpty() && !list.isEmpty() ? null : outlets;
            }
            int minSources = stored.get("minSources") instanceof Number n ? Math.max(0, n.intValue()) : 0;
            boolean disputedOnly = Boolean.TRUE.equals(stored.get("disputedOnly"));
            return new EventFilter(actors, mode, types, levels, from, to, text, articles, outlets, minSources,
                    disputedOnly);
        } catch (RuntimeException e) {
            return EventFilter.NONE;
        }
    }
}
