using Parley.DataCompiler;

// Thin entry point: parse options, run one compiler, report. Each compiler reads its output back and validates it.
return CompilerCommand.Run(args, Console.Out, Console.Error);
