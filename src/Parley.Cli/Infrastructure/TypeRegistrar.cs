using Spectre.Console.Cli;

namespace Parley.Cli.Infrastructure;

/// <summary>A minimal registrar for Spectre.Console.Cli: commands receive the <see cref="CliEnvironment"/> through their constructor.</summary>
internal sealed class TypeRegistrar(CliEnvironment environment) : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = new() { [typeof(CliEnvironment)] = () => environment };

    public ITypeResolver Build() => new TypeResolver(_factories);

    public void Register(Type service, Type implementation) => _factories[service] = () => Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _factories[service] = factory;

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => _factories.TryGetValue(p.ParameterType, out var factory) ? factory() : Create(p.ParameterType))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private sealed class TypeResolver(Dictionary<Type, Func<object>> factories) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (factories.TryGetValue(type, out var factory))
            {
                return factory();
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                // Spectre asks for all implementations of a service; each is registered at most once here.
                var element = type.GetGenericArguments()[0];
                var items = Array.CreateInstance(element, factories.TryGetValue(element, out var single) ? 1 : 0);
                if (single is not null)
                {
                    items.SetValue(single(), 0);
                }

                return items;
            }

            if (type.IsInterface || type.IsAbstract)
            {
                return null;
            }

            // Commands and settings are created on demand with their dependencies.
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            if (constructor is null)
            {
                return null;
            }

            var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
            return constructor.Invoke(arguments);
        }
    }
}
