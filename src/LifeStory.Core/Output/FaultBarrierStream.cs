namespace LifeStory.Output;

/// <summary>
/// Stands between a native writer (Skia's PDF and PNG encoders call back into .NET for every write) and the file.
/// An exception thrown inside a native callback cannot unwind through native frames and aborts the whole process
/// (a full disk ended in exit 134 and a stack trace); so the first failure is kept, later writes are dropped, and
/// <see cref="ThrowIfFailed"/> raises it once the native writer has returned.
/// </summary>
internal sealed class FaultBarrierStream(Stream inner) : Stream
{
    private Exception? _failure;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public void ThrowIfFailed()
    {
        if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
    }

    // Skia's PDF writer calls this for every piece it writes (thousands a letter): through the span, not a new closure each time.
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_failure is not null) return;
        try
        {
            inner.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _failure = e;
        }
    }

    public override void WriteByte(byte value) => Guarded(() => inner.WriteByte(value));

    public override void Flush() => Guarded(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Guarded(Action action)
    {
        if (_failure is not null) return;
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _failure = e;
        }
    }
}
