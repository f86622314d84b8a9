using System.Globalization;
using System.Runtime.CompilerServices;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Reports.Html;

/// <content>The interpolated-string handler of <see cref="HtmlWriter"/>.</content>
internal sealed partial class HtmlWriter
{
    /// <summary>
    /// Fills an <see cref="HtmlWriter"/> from an interpolated string: the literal parts as they are (they are the code's
    /// markup), every value escaped, except <see cref="Markup"/> and <see cref="IHtmlContent"/>.
    /// </summary>
    /// <remarks>
    /// The values it takes are the overloads of <c>AppendFormatted</c>, and no others: <see cref="string"/>,
    /// <see cref="char"/> and <see cref="Text"/> (escaped), <see cref="int"/>, <see cref="long"/> and <see cref="double"/>
    /// (invariant, with an optional format, escaped), <see cref="DateOnly"/> (<c>yyyy-MM-dd</c> unless a format is given),
    /// <see cref="Markup"/> and <see cref="IHtmlContent"/>. There is deliberately no <c>AppendFormatted&lt;T&gt;(T)</c> for
    /// any <c>T</c>: a value of another type is a compile error, not text that slips through.
    /// </remarks>
    [InterpolatedStringHandler]
    public readonly ref struct InterpolatedStringHandler
    {
        /// <summary>Starts filling <paramref name="writer"/>; called by the compiler.</summary>
        /// <param name="literalLength">The length of the literal parts.</param>
        /// <param name="formattedCount">The number of values.</param>
        /// <param name="writer">The writer the string is for.</param>
        public InterpolatedStringHandler(int literalLength, int formattedCount, HtmlWriter writer)
        {
            _ = formattedCount;
            Writer = writer;
            Start = writer.Open();
            writer._buffer.EnsureCapacity(writer._buffer.Length + literalLength);
        }

        /// <summary>The writer being filled.</summary>
        internal HtmlWriter Writer { get; }

        /// <summary>Where in the writer's buffer this string starts.</summary>
        internal int Start { get; }

        /// <summary>Appends a literal part of the string, as it is: markup written in the code.</summary>
        /// <param name="value">The literal.</param>
        public void AppendLiteral(string value) => Writer._buffer.Append(value);

        /// <summary>Appends text, escaped.</summary>
        /// <param name="value">The text; <see langword="null"/> writes nothing.</param>
        public void AppendFormatted(string? value) => HtmlText.Escape(Writer._buffer, value);

        /// <summary>Appends a character, escaped.</summary>
        /// <param name="value">The character.</param>
        public void AppendFormatted(char value) => HtmlText.Escape(Writer._buffer, new ReadOnlySpan<char>(in value));

        /// <summary>Appends a text in the writer's language, escaped.</summary>
        /// <param name="value">The text; <see langword="null"/> writes nothing.</param>
        public void AppendFormatted(Text? value) => AppendFormatted(value?.Get(Writer.Language));

        /// <summary>Appends a whole number, invariant, escaped.</summary>
        /// <param name="value">The number.</param>
        /// <param name="format">A .NET numeric format, or <see langword="null"/>.</param>
        public void AppendFormatted(int value, string? format = null) => AppendNumber(value, format);

        /// <summary>Appends a whole number, invariant, escaped.</summary>
        /// <param name="value">The number.</param>
        /// <param name="format">A .NET numeric format, or <see langword="null"/>.</param>
        public void AppendFormatted(long value, string? format = null) => AppendNumber(value, format);

        /// <summary>Appends a number, invariant, escaped.</summary>
        /// <param name="value">The number.</param>
        /// <param name="format">A .NET numeric format, or <see langword="null"/>.</param>
        public void AppendFormatted(double value, string? format = null) => AppendNumber(value, format);

        /// <summary>Appends a date, invariant (<c>yyyy-MM-dd</c> by default), escaped.</summary>
        /// <param name="value">The date.</param>
        /// <param name="format">A .NET date format, or <see langword="null"/> for <c>yyyy-MM-dd</c>.</param>
        public void AppendFormatted(DateOnly value, string? format = null) => AppendNumber(value, format ?? "yyyy-MM-dd");

        /// <summary>Appends markup as it is.</summary>
        /// <param name="value">The markup.</param>
        public void AppendFormatted(Markup value) => Writer._buffer.Append(value.Html);

        /// <summary>Appends a part that writes itself, through the same writer.</summary>
        /// <typeparam name="T">The kind of part.</typeparam>
        /// <param name="value">The part.</param>
        public void AppendFormatted<T>(T value)
            where T : IHtmlContent => value.WriteTo(Writer);

        private void AppendNumber<T>(T value, string? format)
            where T : ISpanFormattable
        {
            Span<char> text = stackalloc char[64];
            if (value.TryFormat(text, out var written, format, CultureInfo.InvariantCulture))
            {
                HtmlText.Escape(Writer._buffer, text[..written]);
            }
            else
            {
                HtmlText.Escape(Writer._buffer, value.ToString(format, CultureInfo.InvariantCulture));
            }
        }
    }
}
