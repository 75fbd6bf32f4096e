package org.sourceline.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the files a dataset refers to (its article text) are read from: a folder or the classpath. */
public interface TextFiles {
    /** The bytes of a file named relative to the dataset. */
    byte[] read(String relativeName) throws IOException;

    /** How to name that file in messages. */
    String displayName(String relativeName);

    /** Files next to a dataset on disk. */
    static TextFiles besides(Path datasetFile) {
        Path folder = datasetFile.toAbsolutePath().getParent();
        return new TextFiles() {
            @Override
            public byte[] read(String relativeName) throws IOException {
                return Files.readAllBytes(folder.resolve(relativeName));
            }

            @Override
            public String displayName(String relativeName) {
                Path parent = datasetFile.getParent();
                return parent == null ? relativeName : parent.resolve(relativeName).toString();
            }
        };
    }

    /** Resources next to a classpath resource such as {@code /datasets/x.json}. */
    static TextFiles besidesResource(String resourcePath) {
        String folder = resourcePath.substring(0, resourcePath.lastIndexOf('/') + 1);
        return new TextFiles() {
            @Override
            public byte[] read(String relativeName) throws IOException {
                try (InputStream in = TextFiles.class.getResourceAsStream(folder + relativeName)) {
                    if (in == null) {
                        throw new java.io.FileNotFoundException(folder + relativeName);
                    }
                    return in.readAllBytes();
                }
            }

            @Override
            public String displayName(String relativeName) {
                return folder.substring(1) + relativeName;
            }
        };
    }

    /** No files at all: datasets must carry their text inline. */
    static TextFiles none() {
        return new TextFiles() {
            @Override
            public byte[] read(String relativeName) throws IOException {
                throw new java.io.FileNotFoundException(relativeName);
            }

            @Override
            public String displayName(String relativeName) {
                return relativeName;
            }
        };
    }
}
