#if canImport(Glibc)
  import Glibc
#endif

/// A thread's scheduling priority (its Linux nice value), read on the thread that starts
/// others so that each new thread can run some steps below it: Linux keeps a nice value
/// per thread (`who` 0 of `getpriority`/`setpriority` is the calling thread). Elsewhere it
/// does nothing.
package struct ThreadPriority: Sendable {
  /// The nice value read.
  package let nice: Int32

  /// The calling thread's priority.
  package static func current() -> ThreadPriority {
    #if os(Linux)
      ThreadPriority(nice: getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
    #else
      ThreadPriority(nice: 0)
    #endif
  }

  /// Sets the calling thread `increment` steps below this priority (at most Linux's lowest,
  /// 19); an increment of 0 or less leaves it as it is.
  package func lower(by increment: Int32) {
    #if os(Linux)
      if increment > 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, min(19, nice + increment)) }
    #endif
  }
}
