using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace FractalTrader.Runtime;

/// <summary>
/// How to create an actor: its type and constructor arguments, supervisor strategy and mailbox
/// (Akka.NET's <c>Props</c>). Immutable and thread-safe; the same props may create many actors,
/// and a restart creates the fresh instance from the same arguments.
/// </summary>
public sealed class Props
{
    private readonly object?[] arguments;
    private ConstructorInvoker? invoker;

    private Props(Type type, object?[] arguments, ConstructorInfo? constructor)
    {
        Type = type;
        this.arguments = arguments;
        Constructor = constructor;
    }

    private Props(Props source)
    {
        Type = source.Type;
        arguments = source.arguments;
        Constructor = source.Constructor;
        invoker = source.invoker;
        SupervisorStrategy = source.SupervisorStrategy;
        Mailbox = source.Mailbox;
        MailboxType = source.MailboxType;
    }

    /// <summary>The actor class.</summary>
    public Type Type { get; }

    /// <summary>The constructor arguments.</summary>
    public IReadOnlyList<object?> Arguments => arguments;

    /// <summary>How the actor supervises its children, overriding its own <c>SupervisorStrategy()</c>; null: the actor's.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; private init; }

    /// <summary>A mailbox configured by name in <see cref="ActorSystemOptions.Mailboxes"/>; null: see <see cref="MailboxType"/>.</summary>
    public string? Mailbox { get; private init; }

    /// <summary>The mailbox given directly; null with no <see cref="Mailbox"/> name: the system's default.</summary>
    public MailboxType? MailboxType { get; private init; }

    private ConstructorInfo? Constructor { get; set; }

    /// <summary>Props for <typeparamref name="TActor"/> created with <paramref name="args"/> (a public constructor that accepts them).</summary>
    public static Props Create<TActor>(params object?[] args)
        where TActor : ActorBase => new(typeof(TActor), args ?? [null], null);

    /// <summary>Props for <paramref name="type"/> created with <paramref name="args"/>; checked at <c>ActorOf</c>.</summary>
    public static Props Create(Type type, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new Props(type, args ?? [null], null);
    }

    /// <summary>
    /// Props from a constructor call such as <c>() =&gt; new StrategyActor(symbol, settings)</c>. The
    /// arguments are evaluated now, once; every instance (and every restart) gets these values.
    /// </summary>
    /// <exception cref="ArgumentException">The expression is not a <c>new</c> call.</exception>
    public static Props Create<TActor>(Expression<Func<TActor>> factory)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (factory.Body is not NewExpression { Constructor: { } constructor } call)
        {
            throw new ArgumentException(
                $"Props.Create<{typeof(TActor).Name}> needs a constructor call like '() => new {typeof(TActor).Name}(...)', not '{factory.Body}'.",
                nameof(factory));
        }

        var args = call.Arguments.Select(Evaluate).ToArray();
        return new Props(call.Type, args, constructor);
    }

    /// <summary>A copy that supervises children with <paramref name="strategy"/>.</summary>
    public Props WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return new Props(this) { SupervisorStrategy = strategy };
    }

    /// <summary>A copy using the mailbox configured as <paramref name="name"/> (<c>fractal.actor.mailboxes.&lt;name&gt;</c>).</summary>
    public Props WithMailbox(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Props(this) { Mailbox = name, MailboxType = null };
    }

    /// <summary>A copy using <paramref name="mailbox"/>.</summary>
    public Props WithMailbox(MailboxType mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return new Props(this) { MailboxType = mailbox, Mailbox = null };
    }

    /// <inheritdoc />
    public override string ToString() => $"Props({Type.FullName})";

    /// <summary>Checks that these props can create an actor; the error names the type.</summary>
    /// <exception cref="InvalidPropsException">Not an actor type, abstract, or no public constructor accepts the arguments.</exception>
    internal void Validate()
    {
        if (invoker is not null)
        {
            return;
        }

        if (!typeof(ActorBase).IsAssignableFrom(Type))
        {
            throw new InvalidPropsException(Type, "the type does not derive from ActorBase");
        }

        if (Type.IsAbstract || Type.ContainsGenericParameters)
        {
            throw new InvalidPropsException(Type, "the type is abstract or an open generic");
        }

        var constructor = Constructor ?? FindConstructor();
        invoker = ConstructorInvoker.Create(constructor);
        Constructor = constructor;
    }

    /// <summary>Creates an instance; the calling cell has set itself as the one under construction.</summary>
    internal ActorBase NewActor()
    {
        Validate();
        try
        {
            return (ActorBase)invoker!.Invoke(arguments.AsSpan());
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            throw;
        }
    }

    private ConstructorInfo FindConstructor()
    {
        var matches = Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => Accepts(c.GetParameters()))
            .ToArray();
        if (matches.Length == 1)
        {
            return matches[0];
        }

        var shown = string.Join(", ", arguments.Select(a => a?.GetType().Name ?? "null"));
        throw new InvalidPropsException(Type, matches.Length == 0
            ? $"no public constructor takes ({shown})"
            : $"{matches.Length} public constructors take ({shown}); use Props.Create(() => new ...) to pick one");
    }

    private bool Accepts(ParameterInfo[] parameters)
    {
        if (parameters.Length != arguments.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            var accepted = arguments[i] is { } argument
                ? type.IsInstanceOfType(argument)
                : !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
            if (!accepted)
            {
                return false;
            }
        }

        return true;
    }

    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field } member => field.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        MemberExpression { Member: PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        _ => Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile(preferInterpretation: true)(),
    };
}
