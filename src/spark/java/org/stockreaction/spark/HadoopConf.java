package org.stockreaction.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file systems, credentials, {@code spark.hadoop.*}) carried
 * to the tasks that read price files, as Hadoop's own configuration cannot be serialized.
 */
final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> entries = new HashMap<>();
  private transient Configuration conf;

  HadoopConf(Configuration from) {
    for (Map.Entry<String, String> e : from) {
      entries.put(e.getKey(), e.getValue());
    }
  }

  Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }
}
