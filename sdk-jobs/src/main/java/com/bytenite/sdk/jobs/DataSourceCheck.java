package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.json.LenientNumbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link JobsService#testDataSource} learnt about a data source: the file it points at (when it
 * points at one) and, if asked for, the tree of files below it.
 */
public final class DataSourceCheck {
    private final String filename;
    private final String path;
    private final String rawSize;
    private final Long size;
    private final Map<String, String> properties;
    private final Folder files;

    DataSourceCheck(String filename, String path, String rawSize, Map<String, String> properties, Folder files) {
        this.filename = filename;
        this.path = path;
        this.rawSize = rawSize;
        this.size = LenientNumbers.int64(rawSize, "customer.testDataSource", "size");
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
        this.files = files;
    }

    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** Size in bytes; empty when the server sent none, or sent something that is not an integer (see {@link #rawSize()}). */
    public OptionalLong size() {
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /** The size exactly as the server sent it, even when it is not a number. */
    public Optional<String> rawSize() {
        return Optional.ofNullable(rawSize);
    }

    public Map<String, String> properties() {
        return properties;
    }

    /** The file tree, present when the check was asked to list files. */
    public Optional<Folder> files() {
        return Optional.ofNullable(files);
    }

    /** A folder of the data source and everything below it. */
    public static final class Folder {
        private final String name;
        private final String path;
        private final List<Folder> folders;
        private final List<FileEntry> files;

        Folder(String name, String path, List<Folder> folders, List<FileEntry> files) {
            this.name = name;
            this.path = path;
            this.folders = List.copyOf(folders);
            this.files = List.copyOf(files);
        }

        public Optional<String> name() {
            return Optional.ofNullable(name);
        }

        public Optional<String> path() {
            return Optional.ofNullable(path);
        }

        public List<Folder> folders() {
            return folders;
        }

        public List<FileEntry> files() {
            return files;
        }

        /** Every file in this folder and below, depth first. */
        public List<FileEntry> allFiles() {
            java.util.ArrayList<FileEntry> all = new java.util.ArrayList<>(files);
            folders.forEach(f -> all.addAll(f.allFiles()));
            return all;
        }
    }

    /** One file of the data source. */
    public static final class FileEntry {
        private final String id;
        private final String name;
        private final String path;
        private final String rawSize;
        private final Long size;

        FileEntry(String id, String name, String path, String rawSize) {
            this.id = id;
            this.name = name;
            this.path = path;
            this.rawSize = rawSize;
            this.size = LenientNumbers.int64(rawSize, "customer.testDataSource", "file.size");
        }

        public Optional<String> id() {
            return Optional.ofNullable(id);
        }

        public Optional<String> name() {
            return Optional.ofNullable(name);
        }

        public Optional<String> path() {
            return Optional.ofNullable(path);
        }

        /** Size in bytes; empty when absent or not an integer (see {@link #rawSize()}). */
        public OptionalLong size() {
            return size == null ? OptionalLong.empty() : OptionalLong.of(size);
        }

        /** The size exactly as the server sent it. */
        public Optional<String> rawSize() {
            return Optional.ofNullable(rawSize);
        }

        @Override
        public String toString() {
            return "FileEntry{path=" + path + ", size=" + size + '}';
        }
    }
}
