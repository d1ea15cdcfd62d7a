namespace Parley.Events;

/// <summary>Receives coded events, one at a time, in order.</summary>
public interface IEventSink
{
    /// <summary>Takes one event.</summary>
    void Emit(CodedEvent codedEvent);
}
