import Dispatch

/// Maps items to results on several threads, keeping the input order.
///
/// Worker *w* of *t* takes items *w*, *w* + *t*, *w* + 2*t*, ..., each with its own copy of
/// `state` (a reusable searcher, say), so workers share nothing they write except their own
/// result slots. The results come back in input order, whatever the thread count, so the same
/// input gives the same output.
///
///     let lines = orderedParallelMap(count: inputs.count, threads: 4, state: processor) {
///       processor, i in processor.process(inputs[i], number: i + 1)
///     }
///
/// - Parameters:
///   - count: the number of items.
///   - threads: the most worker threads (at least 1).
///   - state: each worker's starting state, copied per worker.
///   - transform: the result for item `i`, with the worker's state.
/// - Complexity: O(*n*) calls of `transform`, spread over `threads` threads.
public func orderedParallelMap<State: Sendable, Result>(
  count: Int, threads: Int, state: State, _ transform: @Sendable (inout State, Int) -> Result
) -> [Result] {
  guard count > 0 else { return [] }
  let workers = max(1, min(threads, count))
  let slots = UnsafeMutableBufferPointer<Result>.allocate(capacity: count)
  let shared = SharedSlots(base: slots)
  DispatchQueue.concurrentPerform(iterations: workers) { worker in
    var local = state
    var i = worker
    while i < count {
      shared.base.initializeElement(at: i, to: transform(&local, i))
      i += workers
    }
  }
  let results = Array(slots)
  _ = slots.deinitialize()
  slots.deallocate()
  return results
}

/// Result slots that worker threads fill, each a different element.
private struct SharedSlots<Element>: @unchecked Sendable {
  let base: UnsafeMutableBufferPointer<Element>
}
