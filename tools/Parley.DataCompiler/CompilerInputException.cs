namespace Parley.DataCompiler;

/// <summary>An input of the compiler is missing or malformed; the message names the file and line.</summary>
internal sealed class CompilerInputException(string message) : Exception(message);
