import Foundation

/// A fixed number of threads that run submitted jobs, first in, first out.
///
/// Connection threads only read, parse and write; everything that costs CPU runs here, so the
/// number of busy cores stays at the pool's size however many clients are connected, and jobs
/// from different connections take turns in submission order.
final class WorkerPool: @unchecked Sendable {
  /// The number of threads.
  let threadCount: Int
  private let condition = NSCondition()
  private var jobs: [@Sendable () -> Void] = []
  private var head = 0
  private var stopping = false
  private var alive = 0

  /// Starts `threads` threads with stacks of `stackSize` bytes.
  init(threads: Int, stackSize: Int = 1 << 20) {
    threadCount = max(1, threads)
    alive = threadCount
    for index in 0..<threadCount {
      let thread = Thread { [self] in work() }
      thread.name = "askback-worker-\(index)"
      thread.stackSize = stackSize
      thread.start()
    }
  }

  /// Queues `job`; it runs on one of the threads.
  func submit(_ job: @escaping @Sendable () -> Void) {
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// Runs `body` on the pool and waits for its result.
  func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let completion = Completion<T>()
    submit { completion.fulfil(body()) }
    return completion.wait()
  }

  /// Lets the queued jobs finish, then stops the threads and waits for them to end.
  func shutdown() {
    condition.lock()
    stopping = true
    condition.broadcast()
    while alive > 0 { condition.wait() }
    condition.unlock()
  }

  private func work() {
    while true {
      condition.lock()
      while head == jobs.count && !stopping { condition.wait() }
      guard head < jobs.count else {
        alive -= 1
        condition.broadcast()
        condition.unlock()
        return
      }
      let job = jobs[head]
      head += 1
      if head == jobs.count {
        jobs.removeAll(keepingCapacity: true)
        head = 0
      } else if head >= 1024 {
        jobs.removeFirst(head)
        head = 0
      }
      condition.unlock()
      job()
    }
  }
}

/// A value that one thread sets once and another waits for.
final class Completion<T: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var value: T?

  /// Sets the value and wakes the waiter.
  func fulfil(_ result: T) {
    condition.lock()
    value = result
    condition.broadcast()
    condition.unlock()
  }

  /// Whether the value is set.
  var isReady: Bool {
    condition.lock()
    defer { condition.unlock() }
    return value != nil
  }

  /// Waits for the value.
  func wait() -> T {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let value { return value }
      condition.wait()
    }
  }
}
