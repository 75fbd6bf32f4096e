package org.sourceline.cli;

import org.sourceline.data.GroupMapping;
import org.sourceline.data.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --group-as actor|type}: what a TimelineJS slide's group becomes when a TimelineJS file is read. */
public final class GroupOption {
    @Option(names = "--group-as", paramLabel = "actor|type", converter = Converter.class,
            description = "when reading TimelineJS: a slide's group is an actor (default) or an event type")
    GroupMapping groups = GroupMapping.ACTOR;

    /** The read options these settings give. */
    public ReadOptions readOptions() {
        return ReadOptions.DEFAULT.withGroups(groups);
    }

    /** Parses {@code actor} or {@code type}, in any case. */
    public static final class Converter implements ITypeConverter<GroupMapping> {
        @Override
        public GroupMapping convert(String value) {
            for (GroupMapping mapping : GroupMapping.values()) {
                if (mapping.id().equalsIgnoreCase(value.strip())) {
                    return mapping;
                }
            }
            throw new TypeConversionException("expected actor or type, found '" + value + "'");
        }
    }
}
