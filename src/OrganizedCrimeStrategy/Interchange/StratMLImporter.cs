using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OrganizedCrimeStrategy.Json;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>
/// Maps a loaded StratML document onto format 1.0 JSON, merges the embedded model data, and reads the result with
/// <see cref="StrategyJson"/>, so that an imported strategy passes exactly the checks a JSON document does. Every
/// element is either mapped, or kept under <c>x-stratml</c> and reported; failures of the JSON reader are
/// reported at the element that produced the member.
/// </summary>
internal sealed partial class StratMLImporter
{
    private const string Kept = "x-stratml";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly XElement _root;
    private readonly XNamespace _ns;
    private readonly StratMLFlavor _flavor;
    private readonly StratMLImportOptions _options;
    private readonly List<ImportNote> _notes = [];
    private readonly List<(string Pointer, XElement Element)> _places = [];
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _idsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _idsByAcronym = new(StringComparer.Ordinal);
    private string? _language;
    private bool _hasModelData;

    private StratMLImporter(XElement root, StratMLFlavor flavor, StratMLImportOptions options)
    {
        _root = root;
        _ns = root.Name.Namespace;
        _flavor = flavor;
        _options = options;
    }

    private bool Part2 => _flavor.IsPart2();

    /// <summary>The language texts were exported in: from <c>ocs:language</c>, else the option, else English.</summary>
    private string TextLanguage => _language ?? _options.Language ?? "en";

    public static OneOf.OneOf<StratMLImport, DiagnosticList> Import(XElement root, StratMLImportOptions options)
    {
        var name = root.Name;
        var (expected, flavor) = name.LocalName switch
        {
            StratML.Part1Root => (StratML.Part1Namespace, (StratMLFlavor?)StratMLFlavor.Part1),
            StratML.Part2Root => (StratML.Part2Namespace, StratMLFlavor.Part2StrategicPlan),
            _ => (null, null),
        };
        var position = root.Annotation<SourcePosition>();
        if (expected is null || flavor is null)
        {
            return Failure(ImportMessages.English.NotStratML(name.LocalName));
        }

        if (name.NamespaceName != expected)
        {
            var part = flavor == StratMLFlavor.Part1 ? "Part 1" : "Part 2";
            return Failure(name.NamespaceName.Length == 0
                ? ImportMessages.English.NoNamespace(name.LocalName, part, expected)
                : ImportMessages.English.OtherNamespace(name.LocalName, name.NamespaceName, part, expected));
        }

        var importer = new StratMLImporter(root, flavor.Value, options);
        if (flavor != StratMLFlavor.Part1)
        {
            var type = (string?)root.Attribute("Type");
            if (StratMLFlavors.FromTypeName(type) is { } typed)
            {
                importer = new StratMLImporter(root, typed, options);
            }
            else
            {
                importer.Note(ImportNoteKind.Assumption, root, type is null
                    ? "The Type attribute is missing; the document is read as a Strategic_Plan."
                    : $"'{type}' is not a Type of StratML Part 2 (Strategic_Plan, Performance_Plan, Performance_Report); the document is read as a Strategic_Plan.");
            }
        }

        return importer.Run();

        DiagnosticList Failure(string message) =>
            new(Diagnostic.Located(DiagnosticCode.NotStratML, message, "/" + name.LocalName, position?.Line, position?.Position));
    }

    private OneOf.OneOf<StratMLImport, DiagnosticList> Run()
    {
        Reserve();
        var json = BuildStrategy();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteTo(writer);
        }

        // The document was bounded when read; its JSON form is allowed the depth of the kept XML on top of the model's.
        var readOptions = new StrategyReadOptions { MaxDepth = Math.Min(4096, (2 * _options.MaxDepth) + 32), MaxBytes = int.MaxValue };
        var notes = _notes.Select((n, i) => (Note: n, Index: i)).OrderBy(x => x.Note.Line ?? 0).ThenBy(x => x.Note.Column ?? 0).ThenBy(x => x.Index).Select(x => x.Note);
        return StrategyJson.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), readOptions).Match<OneOf.OneOf<StratMLImport, DiagnosticList>>(
            strategy => new StratMLImport(strategy, _flavor, [.. notes]),
            failures => new DiagnosticList(failures.Select(AtItsElement)));
    }

    /// <summary>A failure of the JSON reader on the imported strategy, as <c>invalidContent</c> at the XML element that produced the member.</summary>
    private Diagnostic AtItsElement(Diagnostic failure)
    {
        var best = _places[0];
        foreach (var place in _places)
        {
            if (place.Pointer.Length > best.Pointer.Length
                && (failure.Place == place.Pointer || failure.Place.StartsWith(place.Pointer + "/", StringComparison.Ordinal)))
            {
                best = place;
            }
        }

        var position = best.Element.Annotation<SourcePosition>();
        var member = failure.Place.Length == 0 ? "/" : failure.Place;
        return Diagnostic.Located(DiagnosticCode.InvalidContent, ImportMessages.English.InvalidContent(failure.Message, member, failure.CodeName), Location(best.Element), position?.Line, position?.Position);
    }

    /// <summary>Ids the document names (valid Identifiers, ids in the model data), which generated ids avoid.</summary>
    private void Reserve()
    {
        foreach (var element in _root.DescendantsAndSelf())
        {
            if (element.Name == _ns + "Identifier" && !element.HasElements && FormatRules.IsValidId(element.Value.Trim()))
            {
                _reserved.Add(element.Value.Trim());
            }
            else if (element.Name == _ns + "OtherInformation" || element.Name == _ns + "Description")
            {
                foreach (var entry in ModelData.Split(element.Value))
                {
                    if (entry.Key is not null && entry.Key != ModelData.Language && ModelData.ParseObject(entry.Payload, _options.MaxDepth).TryPickT0(out var payload, out _))
                    {
                        _reserved.UnionWith(ModelData.Ids(payload));
                    }
                }
            }
        }
    }

    // ----- scopes: one model element and the XML element it comes from --------------------------

    /// <summary>A model element being built: its JSON, its place, its embedded model data and what is kept for it.</summary>
    private sealed class Scope(XElement element, JsonObject json, string pointer)
    {
        public XElement Element { get; } = element;

        public JsonObject Json { get; } = json;

        public string Pointer { get; } = pointer;

        public JsonObject? Residual { get; set; }

        public JsonObject? Kept { get; set; }

        /// <summary>Whether the embedded model data states the member, which then wins over any StratML rendering of it.</summary>
        public bool States(string member) => Residual?.ContainsKey(member) == true;
    }

    private Scope Open(XElement element, string pointer)
    {
        _places.Add((pointer, element));
        return new Scope(element, new JsonObject(), pointer);
    }

    /// <summary>Merges the embedded model data into the native members and appends what is kept.</summary>
    private void Close(Scope scope)
    {
        if (scope.Residual is { } residual)
        {
            foreach (var (name, value) in residual.ToList())
            {
                residual.Remove(name);
                if (!scope.Json.TryGetPropertyValue(name, out var native))
                {
                    scope.Json[name] = value;
                }
                else if (Reconcile(scope, name, native, value) is var chosen && !ReferenceEquals(chosen, native))
                {
                    scope.Json[name] = chosen;
                }
            }
        }

        if (scope.Kept is { } kept)
        {
            if (scope.Json[Kept] is JsonObject earlier)
            {
                foreach (var (name, value) in kept.ToList())
                {
                    kept.Remove(name);
                    Add(earlier, name, value);
                }
            }
            else
            {
                scope.Json[Kept] = kept;
            }
        }
    }

    /// <summary>
    /// Chooses between a member as StratML renders it and as the model data states it: the model data when it renders to
    /// the StratML value (it is the exact form), the StratML value when another tool has changed it since the export.
    /// </summary>
    private JsonNode? Reconcile(Scope scope, string name, JsonNode? native, JsonNode? residual)
    {
        if (native is JsonArray { Count: 0 } || Consistent(name, native, residual))
        {
            return residual;
        }

        if (native is JsonValue value && value.GetValueKind() == JsonValueKind.String && ModelData.ToText(residual) is { IsPlain: false } text)
        {
            var language = ModelData.ResolvedLanguage(text, TextLanguage);
            var edited = value.GetValue<string>();
            Note(ImportNoteKind.Conflict, scope.Element, $"The '{language}' text of '{name}' was changed in StratML after the export: the StratML text \"{Shorten(edited)}\" is kept, with the other languages from the model data.");
            var merged = new JsonObject();
            foreach (var entry in text.Entries)
            {
                merged[entry.Language] = entry.Language == language ? edited : entry.Value;
            }

            return merged;
        }

        Note(ImportNoteKind.Conflict, scope.Element, $"'{name}' was changed in StratML after the export: the StratML value is kept and the model data's is dropped.");
        return native;
    }

    private bool Consistent(string name, JsonNode? native, JsonNode? residual)
    {
        switch (native)
        {
            case null:
                return residual is null;
            case JsonObject obj:
                return residual is JsonObject other && obj.All(m => other.TryGetPropertyValue(m.Key, out var r) && Consistent(m.Key, m.Value, r));
            case JsonArray array:
                return residual is JsonArray others && others.Count == array.Count && array.Select((n, i) => Consistent(name, n, others[i])).All(c => c);
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String:
                        var rendered = residual switch
                        {
                            JsonValue r when r.GetValueKind() == JsonValueKind.String => name == "level" && r.GetValue<string>() == "impact" ? "outcome" : r.GetValue<string>(),
                            JsonObject => ModelData.ToText(residual) is { } text ? text.Get(TextLanguage) : null,
                            _ => null,
                        };
                        return rendered is not null && XmlValues.Render(rendered) == value.GetValue<string>();
                    case JsonValueKind.Number:
                        return residual is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.GetValue<double>() == value.GetValue<double>();
                    default:
                        return JsonNode.DeepEquals(native, residual);
                }

            default:
                return false;
        }
    }

    // ----- what has no place: kept under x-stratml, and reported ----------------------------------

    private void Keep(Scope scope, XElement element, string? reason = null)
    {
        var key = RelativePath(scope.Element, element);
        scope.Kept ??= new JsonObject();
        Add(scope.Kept, key, ToJson(element));
        Note(ImportNoteKind.Unmapped, element, reason ?? $"The model has no place for {Describe(element)} here.", scope.Pointer + "/" + Kept);
    }

    private void KeepText(Scope scope, XElement element, string text, string reason)
    {
        scope.Kept ??= new JsonObject();
        Add(scope.Kept, RelativePath(scope.Element, element), text);
        Note(ImportNoteKind.Unmapped, element, reason, scope.Pointer + "/" + Kept);
    }

    private void KeepAttributes(Scope scope, XElement element, params string[] known)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!known.Contains(attribute.Name.LocalName) || attribute.Name.NamespaceName.Length > 0)
            {
                scope.Kept ??= new JsonObject();
                var key = RelativePath(scope.Element, element);
                Add(scope.Kept, (key.Length == 0 ? string.Empty : key + "/") + "@" + attribute.Name.LocalName, attribute.Value);
                Note(ImportNoteKind.Unmapped, element, $"The model has no place for the attribute {attribute.Name.LocalName} of {element.Name.LocalName}.", scope.Pointer + "/" + Kept);
            }
        }
    }

    private static void Add(JsonObject kept, string key, JsonNode? value)
    {
        switch (kept[key])
        {
            case null when !kept.ContainsKey(key):
                kept[key] = value;
                break;
            case JsonArray array:
                array.Add(value);
                break;
            default:
                var first = kept[key];
                kept.Remove(key);
                kept[key] = new JsonArray(first, value);
                break;
        }
    }

    /// <summary>An element as JSON: a string when it holds only text; else an object of @attributes, children by name (arrays when repeated) and #text.</summary>
    private static JsonNode ToJson(XElement element)
    {
        if (!element.HasElements && !element.HasAttributes)
        {
            return element.Value;
        }

        var json = new JsonObject();
        foreach (var attribute in element.Attributes())
        {
            json["@" + attribute.Name.LocalName] = attribute.Value;
        }

        foreach (var child in element.Elements())
        {
            Add(json, child.Name.Namespace == element.Name.Namespace ? child.Name.LocalName : child.Name.ToString(), ToJson(child));
        }

        var text = string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));
        if (!string.IsNullOrWhiteSpace(text))
        {
            json["#text"] = text;
        }

        return json;
    }

    private static string RelativePath(XElement ancestor, XElement element)
    {
        var names = new Stack<string>();
        for (var e = element; e is not null && e != ancestor; e = e.Parent)
        {
            names.Push(e.Name.LocalName);
        }

        return string.Join('/', names);
    }

    private static string Describe(XElement element) => element.Name.NamespaceName.Length > 0 && element.Parent is { } parent && element.Name.Namespace != parent.Name.Namespace
        ? $"the element {element.Name.LocalName} of the namespace '{element.Name.NamespaceName}'"
        : $"{element.Name.LocalName}";

    private void Note(ImportNoteKind kind, XElement element, string message, string? keptAt = null)
    {
        // A position the reader did not know is 0:0 in the annotation, and unknown (null) in the note.
        var known = element.Annotation<SourcePosition>() is { Line: > 0, Position: > 0 } position ? position : null;
        _notes.Add(new ImportNote(kind, Location(element), known?.Line, known?.Position, message, keptAt));
    }

    /// <summary>An XPath-like location: local names, with a 1-based position where an element has same-named siblings.</summary>
    internal static string Location(XElement element)
    {
        var parts = new Stack<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var name = e.Name.LocalName;
            if (e.Parent is { } parent)
            {
                var siblings = parent.Elements(e.Name).ToList();
                if (siblings.Count > 1)
                {
                    name += $"[{siblings.IndexOf(e) + 1}]";
                }
            }

            parts.Push(name);
        }

        return "/" + string.Join('/', parts);
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");

    private static string Position(params ReadOnlySpan<int> positions) =>
        string.Join('.', positions.ToArray().Select(p => (p + 1).ToString(CultureInfo.InvariantCulture)));
}
