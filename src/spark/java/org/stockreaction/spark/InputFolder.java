package org.stockreaction.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input folder on a Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}, ...): how
 * it is named in messages, and the copying of its small files to a local folder, where the CLI's
 * readers take them.
 */
final class InputFolder {

  private final FileSystem fs;
  private final Path root;
  private final String display;

  private InputFolder(FileSystem fs, Path root, String display) {
    this.fs = fs;
    this.root = root;
    this.display = display;
  }

  static InputFolder open(Configuration conf, String uri) throws IOException {
    Path root = new Path(uri);
    FileSystem fs = root.getFileSystem(conf);
    return new InputFolder(fs, fs.makeQualified(root), display(uri));
  }

  /**
   * How a folder or file is named in messages: a local one as the CLI names it (relative to the
   * working folder when inside it), any other as its URI.
   */
  static String display(String uri) {
    String local = localPath(uri);
    if (local == null) {
      return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
    java.nio.file.Path p = java.nio.file.Path.of(local);
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    java.nio.file.Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    return s.replace('\\', '/');
  }

  /** The local path of a {@code file:} URI or a plain path, or null for another file system. */
  static String localPath(String uri) {
    URI u;
    try {
      u = URI.create(uri);
    } catch (IllegalArgumentException e) {
      return uri;
    }
    if (u.getScheme() == null) {
      return uri;
    }
    if (!u.getScheme().equals("file")) {
      return null;
    }
    return u.getPath();
  }

  FileSystem fileSystem() {
    return fs;
  }

  /** The folder's name in messages. */
  String display() {
    return display;
  }

  /** A path relative to the folder. */
  Path resolve(String relative) {
    return relative.isEmpty() ? root : new Path(root, relative);
  }

  boolean isFile(String relative) throws IOException {
    Path p = resolve(relative);
    return fs.exists(p) && fs.getFileStatus(p).isFile();
  }

  boolean isFolder(String relative) throws IOException {
    Path p = resolve(relative);
    return fs.exists(p) && fs.getFileStatus(p).isDirectory();
  }

  /** The entries of a sub-folder, by name; empty when it does not exist. */
  List<FileStatus> list(String relative) throws IOException {
    Path p = resolve(relative);
    if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
      return List.of();
    }
    return new ArrayList<>(List.of(fs.listStatus(p)));
  }

  /** A small file's bytes. */
  byte[] read(String relative) throws IOException {
    try (InputStream in = fs.open(resolve(relative))) {
      return in.readAllBytes();
    }
  }

  /** Copies a file of any Hadoop file system to a local file. */
  static void copyToLocal(FileSystem fs, Path from, java.nio.file.Path to) throws IOException {
    Files.createDirectories(to.toAbsolutePath().getParent());
    try (InputStream in = fs.open(from); OutputStream out = Files.newOutputStream(to)) {
      in.transferTo(out);
    }
  }
}
