package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study reads its input from, and publishes to, a real HDFS through hdfs:// URIs. */
class HdfsStudyTest {

  @TempDir
  Path tmp;

  @Test
  void shippedStudyFromAndToHdfsGivesTheCliTables() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("hdfs").toString());
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    try {
      cluster.waitActive();
      FileSystem fs = cluster.getFileSystem();
      String root = cluster.getURI().toString();
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(Path.of("input").toAbsolutePath()
          .toString()), new org.apache.hadoop.fs.Path("/study/input"));

      Studies.Run spark = Studies.spark(root + "/study/input", root + "/study/out");
      assertEquals(0, spark.code(), spark.log());
      assertTrue(fs.exists(new org.apache.hadoop.fs.Path("/study/out/_SUCCESS")));
      // nothing is left beside the published folder
      assertEquals(2, fs.listStatus(new org.apache.hadoop.fs.Path("/study")).length);
      fs.copyToLocalFile(new org.apache.hadoop.fs.Path("/study/out"),
          new org.apache.hadoop.fs.Path(tmp.resolve("spark").toString()));

      Studies.Run cli = Studies.cli(Path.of("input"), tmp.resolve("cli"));
      assertEquals(0, cli.code(), cli.log());
      Studies.assertSameTables(tmp.resolve("cli/latest"), tmp.resolve("spark"));

      // a second run never overwrites a published folder
      Studies.Run again = Studies.spark(root + "/study/input", root + "/study/out");
      assertEquals(2, again.code(), again.log());
      assertTrue(again.log().contains("exists already"), again.log());
      assertFalse(fs.exists(new org.apache.hadoop.fs.Path("/study/.out.tmp")));
    } finally {
      cluster.shutdown();
    }
  }
}
