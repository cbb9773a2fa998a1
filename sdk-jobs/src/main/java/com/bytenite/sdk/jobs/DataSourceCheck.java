package com.bytenite.sdk.jobs;

import com.bytenite.sdk.core.json.LenientNumbers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link DataSourcesService#test(DataSource, boolean)} learnt about a data source: the file it points at (when it
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

    /**
     * The name of the file the source points to ({@code filename}).
     *
     * @return the file name, or empty when the server sent none
     */
    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    /**
     * The path in the source ({@code path}).
     *
     * @return the path as sent, or empty when the server sent none
     */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * Size in bytes; empty when the server sent none, or sent something that is not an integer (see {@link #rawSize()}).
     *
     * @return the size in bytes, when known
     */
    public OptionalLong size() {
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /**
     * The size exactly as the server sent it, even when it is not a number.
     *
     * @return the size's text, or empty when the server sent none
     */
    public Optional<String> rawSize() {
        return Optional.ofNullable(rawSize);
    }

    /**
     * Properties of the source as the server sent them; their keys are not documented.
     *
     * @return an unmodifiable map, empty when the server sent none
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The file tree, present when the check was asked to list files.
     *
     * @return the source's root folder, or empty when the server sent no tree
     */
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

        /**
         * The folder's name.
         *
         * @return the name, or empty when the server sent none
         */
        public Optional<String> name() {
            return Optional.ofNullable(name);
        }

        /**
         * The folder's path in the source.
         *
         * @return the path as sent, or empty when the server sent none
         */
        public Optional<String> path() {
            return Optional.ofNullable(path);
        }

        /**
         * The folders directly inside this one.
         *
         * @return an unmodifiable list, possibly empty
         */
        public List<Folder> folders() {
            return folders;
        }

        /**
         * The files directly in this folder.
         *
         * @return an unmodifiable list, possibly empty
         */
        public List<FileEntry> files() {
            return files;
        }

        /**
         * Every file in this folder and below, depth first.
         *
         * @return a new list: this folder's files, then each sub-folder's, recursively
         */
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

        /**
         * The file's id; what it identifies beyond this answer is not documented.
         *
         * @return the id, or empty when the server sent none
         */
        public Optional<String> id() {
            return Optional.ofNullable(id);
        }

        /**
         * The file's name.
         *
         * @return the name, or empty when the server sent none
         */
        public Optional<String> name() {
            return Optional.ofNullable(name);
        }

        /**
         * The file's path in the source.
         *
         * @return the path as sent, or empty when the server sent none
         */
        public Optional<String> path() {
            return Optional.ofNullable(path);
        }

        /**
         * Size in bytes; empty when absent or not an integer (see {@link #rawSize()}).
         *
         * @return the size in bytes, when known
         */
        public OptionalLong size() {
            return size == null ? OptionalLong.empty() : OptionalLong.of(size);
        }

        /**
         * The size exactly as the server sent it.
         *
         * @return the size's text, or empty when the server sent none
         */
        public Optional<String> rawSize() {
            return Optional.ofNullable(rawSize);
        }

        @Override
        public String toString() {
            return "FileEntry{path=" + path + ", size=" + size + '}';
        }
    }
}
