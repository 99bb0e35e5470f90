#include <sqlite3.h>

/// Turns off SQLite's memory statistics (a global mutex on every allocation).
/// `sqlite3_config` is variadic, which Swift cannot call; it must run before
/// SQLite initializes, and fails harmlessly (SQLITE_MISUSE) afterwards.
static inline int chronicle_sqlite_disable_memstatus(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
