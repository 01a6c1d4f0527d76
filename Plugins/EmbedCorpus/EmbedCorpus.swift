import Foundation
import PackagePlugin

/// Embeds the shipped `Corpus/` and its binary index into the target that
/// uses the plugin, so the built `askback` finds its corpus wherever the
/// binary lives and loads its index instead of building it.
///
/// It generates `ShippedCorpus.swift`, holding each corpus file and the
/// index as base64 literals, and reruns whenever a corpus file changes.
@main
struct EmbedCorpus: BuildToolPlugin {
  /// The corpus files, as `CorpusFiles.names` lists them.
  static let files = [
    "questions.jsonl", "descriptions.jsonl", "occupations/occupations.jsonl",
    "occupations/soc.jsonl", "occupations/technology.jsonl", "occupations/equipment.jsonl",
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let corpus = context.package.directoryURL.appending(path: "Corpus")
    let output = context.pluginWorkDirectoryURL.appending(path: "ShippedCorpus.swift")
    let present = Self.files.filter {
      FileManager.default.fileExists(atPath: corpus.appending(path: $0).path)
    }
    return [
      .buildCommand(
        displayName: "Embedding the shipped corpus",
        executable: try context.tool(named: "EmbedCorpusTool").url,
        arguments: [output.path, corpus.path] + present,
        inputFiles: present.map { corpus.appending(path: $0) },
        outputFiles: [output])
    ]
  }
}
