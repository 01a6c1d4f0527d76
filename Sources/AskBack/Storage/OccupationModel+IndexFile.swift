extension OccupationModel.Configuration {
  /// The weights in the order the index file stores them.
  ///
  /// Each weight lies in 0...100 and the temperature in (0, 100].
  static var stored: [StoredConstant<Self>] {
    [
      .double(\.bestTitleWeight, 0...100), .double(\.titlesWeight, 0...100),
      .double(\.profileWeight, 0...100), .double(\.examplesWeight, 0...100),
      .count(\.neighbours, limit: 1000), .double(\.temperature, 0...100),
      .double(\.managementWithoutManagerialTitle, 0...1), .double(\.othersWithSeniorTitle, 0...1),
    ]
  }

  /// Writes the weights.
  func write(to writer: inout BinaryWriter) {
    StoredConstant.write(Self.stored, of: self, to: &writer)
  }

  /// Reads what ``write(to:)`` wrote, each weight in its range (``stored``).
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    self.init()
    try StoredConstant.read(Self.stored, into: &self, from: &reader)
    guard StoredConstant.inRange(Self.stored, of: self), temperature > 0 else {
      throw .corrupt("the occupation model's weights")
    }
  }
}

extension OccupationModel {
  /// Writes the occupations' codes, titles and tasks, the title and body weightings and
  /// indexes, and each document's occupation.
  func write(to writer: inout BinaryWriter) {
    configuration.write(to: &writer)
    writer.write(codes.map(\.rawValue))
    writer.write(names)
    writer.write(tasks.map { UInt32($0.count) })
    writer.write(tasks.flatMap { $0 })
    titleWeighting.write(to: &writer)
    titleIndex.write(to: &writer)
    writer.write(titleOwners)
    writer.write(titleTexts)
    writer.write(titleCentroidScales)
    bodyWeighting.write(to: &writer)
    bodyIndex.write(to: &writer)
    writer.write(exampleOwners)
  }

  /// Reads what ``write(to:)`` wrote, checking that every part fits the others.
  init(reading reader: inout BinaryReader) throws(IndexFileError) {
    let configuration = try Configuration(reading: &reader)
    let codeTexts = try reader.readStrings()
    let codes = codeTexts.compactMap(OccupationCode.init)
    let names = try reader.readStrings()
    let taskCounts: [UInt32] = try reader.readArray()
    let allTasks = try reader.readStrings()
    guard codes.count == codeTexts.count, names.count == codes.count,
      taskCounts.count == codes.count, taskCounts.reduce(0, { $0 + Int($1) }) == allTasks.count
    else { throw .corrupt("the occupations") }
    var tasks: [[String]] = []
    var start = 0
    for count in taskCounts {
      tasks.append(Array(allTasks[start..<(start + Int(count))]))
      start += Int(count)
    }
    let titleWeighting = try TFIDFWeighting(reading: &reader)
    let titleIndex = try InvertedIndex(reading: &reader)
    let titleOwners: [UInt16] = try reader.readArray()
    let titleTexts = try reader.readStrings()
    let scales = try reader.readFloats()
    let bodyWeighting = try TFIDFWeighting(reading: &reader)
    let bodyIndex = try InvertedIndex(reading: &reader)
    let exampleOwners: [UInt16] = try reader.readArray()
    guard titleIndex.termCount == titleWeighting.termCount,
      titleIndex.documentCount == titleOwners.count, titleTexts.count == titleOwners.count,
      titleOwners.allSatisfy({ Int($0) < codes.count }), scales.count == codes.count,
      scales.allSatisfy(\.isFinite), bodyIndex.termCount == bodyWeighting.termCount,
      bodyIndex.documentCount == codes.count + exampleOwners.count,
      exampleOwners.allSatisfy({ Int($0) < codes.count })
    else { throw .corrupt("the occupation model") }
    self.init(
      configuration: configuration, codes: codes, fieldOfCode: FieldMapping.positions(of: codes),
      names: names, tasks: tasks,
      titleWeighting: titleWeighting, titleIndex: titleIndex, titleOwners: titleOwners,
      titleTexts: titleTexts, titleCentroidScales: scales, bodyWeighting: bodyWeighting,
      bodyIndex: bodyIndex, exampleOwners: exampleOwners)
  }
}
