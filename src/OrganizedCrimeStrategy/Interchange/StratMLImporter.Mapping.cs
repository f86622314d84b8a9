using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OrganizedCrimeStrategy.Model;

namespace OrganizedCrimeStrategy.Interchange;

/// <summary>One method per StratML element that maps onto the model.</summary>
internal sealed partial class StratMLImporter
{
    private JsonObject BuildStrategy()
    {
        var scope = Open(_root, string.Empty);
        var json = scope.Json;
        json["schemaVersion"] = Strategy.CurrentSchemaVersion;
        KeepAttributes(scope, _root, Part2 ? ["Type"] : []);
        var other = First(_root, "OtherInformation");
        ReadModelData(scope, other, "The model has no place for free text in the document's OtherInformation.", ModelData.Strategy);
        XElement? nameElement = null, core = null, admin = null;
        string? name = null;
        foreach (var child in _root.Elements())
        {
            switch (Local(child))
            {
                case "OtherInformation" when child == other:
                    break;
                case "Name" when nameElement is null:
                    nameElement = child;
                    name = Leaf(scope, child);
                    break;
                case "StrategicPlanCore" when core is null:
                    core = child;
                    break;
                case "AdministrativeInformation" when admin is null:
                    admin = child;
                    break;
                default:
                    Keep(scope, child);
                    break;
            }
        }

        if (!string.IsNullOrEmpty(name))
        {
            json["title"] = TextNode(name);
        }
        else if (!scope.States("title"))
        {
            name = "Untitled strategy";
            json["title"] = TextNode(name);
            Note(ImportNoteKind.Assumption, nameElement ?? _root, $"The document has no Name: the strategy is titled '{name}'.");
        }

        json["stakeholders"] = new JsonArray();
        json["directions"] = new JsonArray();
        if (core is not null)
        {
            BuildCore(core, scope);
        }
        else
        {
            Note(ImportNoteKind.Assumption, _root, "The document has no StrategicPlanCore: the strategy has no stakeholders and no directions.");
        }

        var identifier = admin is null ? null : BuildAdministrativeInformation(admin, scope);
        if (!scope.States("id"))
        {
            if (identifier is { HasElements: false } id && FormatRules.IsValidId(id.Value.Trim()))
            {
                json["id"] = id.Value.Trim();
            }
            else
            {
                var slug = Slug(name ?? "strategy");
                json["id"] = slug;
                if (identifier is { HasElements: false } && identifier.Value.Trim().Length > 0)
                {
                    KeepText(scope, identifier, identifier.Value.Trim(), $"'{Shorten(identifier.Value.Trim())}' is not an id of the format; the strategy gets the id '{slug}'.");
                }
                else
                {
                    Note(ImportNoteKind.Assumption, _root, $"The document does not identify the strategy: it gets the id '{slug}', made from its name.");
                }
            }
        }

        if (!scope.States("country"))
        {
            json["country"] = _options.DefaultCountry;
            Note(ImportNoteKind.Assumption, _root, $"StratML names no country: the strategy's country is '{_options.DefaultCountry}' (StratMLImportOptions.DefaultCountry).");
        }

        if (!scope.States("stage"))
        {
            var stage = _options.DefaultStage ?? (_flavor == StratMLFlavor.Part2PerformanceReport ? StrategyStage.Implementation : StrategyStage.Adopted);
            json["stage"] = FormatNames.Of(stage);
            Note(ImportNoteKind.Assumption, _root, $"StratML has no stage: the strategy's stage is '{FormatNames.Of(stage)}' ({(_options.DefaultStage is null ? "from the kind of document" : "StratMLImportOptions.DefaultStage")}).");
        }

        Close(scope);
        return json;
    }

    private void BuildCore(XElement core, Scope strategy)
    {
        KeepAttributes(strategy, core);
        var stakeholders = strategy.Json["stakeholders"]!.AsArray();
        var directions = strategy.Json["directions"]!.AsArray();
        var goals = new List<XElement>();
        var vision = false;
        foreach (var child in core.Elements())
        {
            switch (Local(child))
            {
                case "Organization":
                    BuildOrganization(child, stakeholders);
                    break;
                case "Vision" when !vision:
                    vision = true;
                    BuildVision(child, strategy);
                    break;
                case "Goal":
                    goals.Add(child);
                    break;
                default:
                    Keep(strategy, child);
                    break;
            }
        }

        for (var g = 0; g < goals.Count; g++)
        {
            BuildGoal(goals[g], g, directions);
        }
    }

    private void BuildVision(XElement vision, Scope strategy)
    {
        KeepAttributes(strategy, vision);
        var description = false;
        foreach (var child in vision.Elements())
        {
            if (Local(child) == "Description" && !description)
            {
                description = true;
                if (Leaf(strategy, child) is { Length: > 0 } text)
                {
                    strategy.Json["vision"] = TextNode(text);
                }
            }
            else
            {
                Keep(strategy, child);
            }
        }
    }

    /// <summary>AdministrativeInformation: the period from StartDate and EndDate; returns the Part 2 Identifier, the strategy's id.</summary>
    private XElement? BuildAdministrativeInformation(XElement admin, Scope strategy)
    {
        KeepAttributes(strategy, admin);
        XElement? identifier = null, start = null, end = null;
        foreach (var child in admin.Elements())
        {
            switch (Local(child))
            {
                case "Identifier" when Part2 && identifier is null:
                    identifier = child;
                    Leaf(strategy, child);
                    break;
                case "StartDate" when start is null:
                    start = child;
                    break;
                case "EndDate" when end is null:
                    end = child;
                    break;
                default:
                    Keep(strategy, child);
                    break;
            }
        }

        var startDate = Date(strategy, start);
        var endDate = Date(strategy, end);
        if (startDate is { } s && endDate is { } e && e > s)
        {
            strategy.Json["period"] = new JsonObject { ["start"] = FormatRules.FormatDate(s), ["end"] = FormatRules.FormatDate(e) };
        }
        else
        {
            foreach (var date in (XElement?[])[start, end])
            {
                if (date is not null && date.Value.Trim().Length > 0 && Date(null, date) is not null)
                {
                    KeepText(strategy, date, date.Value.Trim(), "The model's period needs both a StartDate and a later EndDate.");
                }
            }
        }

        return identifier;
    }

    private void BuildOrganization(XElement organization, JsonArray stakeholders)
    {
        var index = stakeholders.Count;
        var scope = Open(organization, $"/stakeholders/{index}");
        Append(stakeholders, scope.Json);
        KeepAttributes(scope, organization);
        var description = First(organization, "Description");
        ReadModelData(scope, description, "The model has no description of a stakeholder.", ModelData.Stakeholder);
        XElement? nameElement = null, acronymElement = null, identifier = null;
        var members = new List<XElement>();
        foreach (var child in organization.Elements())
        {
            switch (Local(child))
            {
                case "Description" when child == description:
                    break;
                case "Name" when nameElement is null:
                    nameElement = child;
                    break;
                case "Acronym" when acronymElement is null:
                    acronymElement = child;
                    break;
                case "Identifier" when identifier is null:
                    identifier = child;
                    break;
                case "Stakeholder":
                    members.Add(child);
                    break;
                default:
                    Keep(scope, child);
                    break;
            }
        }

        var name = nameElement is null ? null : Leaf(scope, nameElement);
        var acronym = acronymElement is null ? null : Leaf(scope, acronymElement);
        var id = AssignId(scope, identifier, $"organization-{index + 1}") ?? (string)scope.Residual!["id"]!;
        scope.Json["id"] = id;
        if (!string.IsNullOrEmpty(acronym))
        {
            scope.Json["acronym"] = acronym;
        }

        if (!string.IsNullOrEmpty(name))
        {
            scope.Json["name"] = TextNode(name);
        }
        else if (!scope.States("name"))
        {
            scope.Json["name"] = TextNode(string.IsNullOrEmpty(acronym) ? id : acronym);
            Note(ImportNoteKind.Assumption, organization, $"The Organization has no Name: it is named '{(string.IsNullOrEmpty(acronym) ? id : acronym)}'.");
        }

        if (!scope.States("kind"))
        {
            scope.Json["kind"] = FormatNames.Of(StakeholderKind.Government);
            Note(ImportNoteKind.Assumption, organization, "StratML has no kind of stakeholder: an Organization is taken to be 'government'.");
        }

        Register(_idsByName, name, id);
        Register(_idsByAcronym, acronym, id);
        Close(scope);
        foreach (var member in members)
        {
            BuildMemberStakeholder(member, stakeholders, id);
        }
    }

    /// <summary>A Stakeholder inside an Organization: a stakeholder of the model whose parent is the organization.</summary>
    private void BuildMemberStakeholder(XElement stakeholder, JsonArray stakeholders, string parent)
    {
        var index = stakeholders.Count;
        var scope = Open(stakeholder, $"/stakeholders/{index}");
        Append(stakeholders, scope.Json);
        KeepAttributes(scope, stakeholder);
        string? name = null;
        var named = false;
        foreach (var child in stakeholder.Elements())
        {
            if (Local(child) == "Name" && !named)
            {
                named = true;
                name = Leaf(scope, child);
            }
            else
            {
                Keep(scope, child);
            }
        }

        var id = AssignId(scope, null, $"stakeholder-{index + 1}")!;
        scope.Json["id"] = id;
        scope.Json["name"] = TextNode(string.IsNullOrEmpty(name) ? id : name);
        scope.Json["kind"] = FormatNames.Of(StakeholderKind.Other);
        scope.Json["parent"] = parent;
        Note(ImportNoteKind.Assumption, stakeholder, $"A Stakeholder of an Organization becomes a stakeholder of kind 'other' whose parent is '{parent}'.");
        Register(_idsByName, name, id);
        Close(scope);
    }

    private void BuildGoal(XElement goal, int g, JsonArray directions)
    {
        var other = First(goal, "OtherInformation");
        var objectives = goal.Elements(_ns + "Objective").ToList();
        if (other is not null && objectives.Count == 0 && ModelData.Split(other.Value).Any(e => e.Key == ModelData.Placeholder))
        {
            // The goal an export writes for a strategy without directions (StratML requires one).
            return;
        }

        var scope = Open(goal, $"/directions/{directions.Count}");
        Append(directions, scope.Json);
        KeepAttributes(scope, goal);
        var (_, pillarLine) = ReadModelData(scope, other, "The model has no place for free text in a goal's OtherInformation.", ModelData.Direction);
        XElement? nameElement = null, descriptionElement = null, identifier = null, sequence = null;
        foreach (var child in goal.Elements())
        {
            switch (Local(child))
            {
                case "OtherInformation" when child == other:
                case "Objective":
                    break;
                case "Name" when nameElement is null:
                    nameElement = child;
                    break;
                case "Description" when descriptionElement is null:
                    descriptionElement = child;
                    break;
                case "Identifier" when identifier is null:
                    identifier = child;
                    break;
                case "SequenceIndicator" when sequence is null:
                    sequence = child;
                    break;
                case "Stakeholder":
                    Keep(scope, child, "The model names no stakeholders of a direction (only of actions).");
                    break;
                default:
                    Keep(scope, child);
                    break;
            }
        }

        var id = AssignId(scope, identifier, $"goal-{g + 1}");
        if (id is not null)
        {
            scope.Json["id"] = id;
        }

        var name = nameElement is null ? null : Leaf(scope, nameElement);
        var description = descriptionElement is null ? null : Leaf(scope, descriptionElement);
        Title(scope, "title", name, goal, $"Goal {g + 1}");
        if (!string.IsNullOrEmpty(description))
        {
            scope.Json["summary"] = TextNode(description);
        }

        Sequence(scope, sequence, Position(g));
        if (!scope.States("pillar"))
        {
            var guessed = Guess(name) ?? Guess(description);
            var pillar = pillarLine ?? guessed ?? _options.DefaultPillar;
            scope.Json["pillar"] = FormatNames.Of(pillar);
            if (pillarLine is null)
            {
                Note(ImportNoteKind.Assumption, goal, guessed is not null
                    ? $"The goal has no pillar: '{FormatNames.Of(pillar)}' is taken from its {(Guess(name) is not null ? "name" : "description")}."
                    : $"The goal has no pillar and names none: it is put under '{FormatNames.Of(pillar)}' (StratMLImportOptions.DefaultPillar).");
            }
        }

        var objectiveArray = new JsonArray();
        scope.Json["objectives"] = objectiveArray;
        (JsonArray Actions, string Pointer)? current = null;
        var o = -1;
        var a = 0;
        foreach (var objective in objectives)
        {
            if (!IsAction(objective))
            {
                o++;
                a = 0;
                current = BuildObjective(objective, objectiveArray, scope.Pointer, Position(g, o));
            }
            else if (current is { } owner)
            {
                BuildAction(objective, owner.Actions, owner.Pointer, Position(g, o, a++));
            }
            else
            {
                Keep(scope, objective, "An action (an Objective marked ocs:action) belongs to the objective before it in its goal; this one comes first.");
            }
        }

        Close(scope);
    }

    private bool IsAction(XElement objective) =>
        First(objective, "OtherInformation") is { } other && ModelData.Split(other.Value).Any(e => e.Key == ModelData.Action);

    private (JsonArray Actions, string Pointer) BuildObjective(XElement objective, JsonArray objectives, string goalPointer, string position)
    {
        var scope = Open(objective, $"{goalPointer}/objectives/{objectives.Count}");
        Append(objectives, scope.Json);
        var (name, description, indicators) = ObjectiveCommon(scope, objective, ModelData.Objective, position, stakeholders: null);
        Title(scope, "title", name, objective, $"Objective {position}");
        if (!string.IsNullOrEmpty(description))
        {
            scope.Json["description"] = TextNode(description);
        }

        var indicatorArray = new JsonArray();
        scope.Json["indicators"] = indicatorArray;
        foreach (var indicator in indicators)
        {
            BuildIndicator(indicator, indicatorArray, scope.Pointer, IndicatorLevel.Outcome);
        }

        var actions = new JsonArray();
        scope.Json["actions"] = actions;
        Close(scope);
        return (actions, scope.Pointer);
    }

    private void BuildAction(XElement objective, JsonArray actions, string objectivePointer, string position)
    {
        var scope = Open(objective, $"{objectivePointer}/actions/{actions.Count}");
        Append(actions, scope.Json);
        var stakeholders = new List<XElement>();
        var (name, description, indicators) = ObjectiveCommon(scope, objective, ModelData.Action, position, stakeholders);
        Title(scope, "title", name, objective, $"Action {position}");
        if (!string.IsNullOrEmpty(description))
        {
            scope.Json["description"] = TextNode(description);
        }

        string? lead = null, funding = null;
        var partners = new JsonArray();
        var groups = new JsonArray();
        foreach (var stakeholder in stakeholders)
        {
            var (role, stakeholderName) = Role(scope, stakeholder);
            var member = role switch
            {
                _ when string.Equals(role, StratMLWriter.LeadRole, StringComparison.OrdinalIgnoreCase) => "lead",
                _ when string.Equals(role, StratMLWriter.PartnerRole, StringComparison.OrdinalIgnoreCase) => "partners",
                _ when string.Equals(role, StratMLWriter.FundingRole, StringComparison.OrdinalIgnoreCase) => "fundingSource",
                _ when string.Equals(role, StratMLWriter.TargetGroupRole, StringComparison.OrdinalIgnoreCase) => "targetGroups",
                _ => null,
            };
            if (member is null)
            {
                Keep(scope, stakeholder, $"A stakeholder of an action needs one of the roles {StratMLWriter.LeadRole}, {StratMLWriter.PartnerRole}, {StratMLWriter.FundingRole} or {StratMLWriter.TargetGroupRole}{(role is null ? string.Empty : $", not '{Shorten(role)}'")}.");
                continue;
            }

            if (scope.States(member))
            {
                // The model data states the member exactly; this element renders it.
                continue;
            }

            if (string.IsNullOrEmpty(stakeholderName))
            {
                Keep(scope, stakeholder, "The stakeholder has no Name.");
                continue;
            }

            if (member == "targetGroups")
            {
                Append(groups, stakeholderName);
                continue;
            }

            var id = Resolve(stakeholderName);
            if (id is null)
            {
                Keep(scope, stakeholder, $"'{Shorten(stakeholderName)}' is the Name or Acronym of no Organization of the document, or of several: the {role} cannot be resolved.");
            }
            else if (member == "partners")
            {
                Append(partners, id);
            }
            else if (member == "lead" && lead is null)
            {
                lead = id;
            }
            else if (member == "fundingSource" && funding is null)
            {
                funding = id;
            }
            else
            {
                Keep(scope, stakeholder, $"An action has one {role}; this is a second one.");
            }
        }

        if (lead is not null)
        {
            scope.Json["lead"] = lead;
        }

        if (partners.Count > 0)
        {
            scope.Json["partners"] = partners;
        }

        if (funding is not null)
        {
            scope.Json["fundingSource"] = funding;
        }

        if (groups.Count > 0)
        {
            scope.Json["targetGroups"] = groups;
        }

        var indicatorArray = new JsonArray();
        scope.Json["indicators"] = indicatorArray;
        foreach (var indicator in indicators)
        {
            BuildIndicator(indicator, indicatorArray, scope.Pointer, IndicatorLevel.Output);
        }

        Close(scope);
    }

    /// <summary>What objectives and actions share: model data, Name, Description, Identifier, SequenceIndicator and PerformanceIndicators.</summary>
    private (string? Name, string? Description, List<XElement> Indicators) ObjectiveCommon(Scope scope, XElement objective, string key, string position, List<XElement>? stakeholders)
    {
        KeepAttributes(scope, objective);
        var other = First(objective, "OtherInformation");
        ReadModelData(scope, other, $"The model has no place for free text in the OtherInformation of {(key == ModelData.Action ? "an action" : "an objective")}.", key);
        XElement? nameElement = null, descriptionElement = null, identifier = null, sequence = null;
        var indicators = new List<XElement>();
        foreach (var child in objective.Elements())
        {
            switch (Local(child))
            {
                case "OtherInformation" when child == other:
                    break;
                case "Name" when nameElement is null:
                    nameElement = child;
                    break;
                case "Description" when descriptionElement is null:
                    descriptionElement = child;
                    break;
                case "Identifier" when identifier is null:
                    identifier = child;
                    break;
                case "SequenceIndicator" when sequence is null:
                    sequence = child;
                    break;
                case "Stakeholder" when stakeholders is not null:
                    stakeholders.Add(child);
                    break;
                case "Stakeholder":
                    Keep(scope, child, "The model names no stakeholders of an objective (only of its actions: Objectives marked ocs:action).");
                    break;
                case "PerformanceIndicator" when Part2:
                    indicators.Add(child);
                    break;
                default:
                    Keep(scope, child);
                    break;
            }
        }

        var id = AssignId(scope, identifier, $"{(key == ModelData.Action ? "action" : "objective")}-{position}");
        if (id is not null)
        {
            scope.Json["id"] = id;
        }

        Sequence(scope, sequence, position);
        return (nameElement is null ? null : Leaf(scope, nameElement), descriptionElement is null ? null : Leaf(scope, descriptionElement), indicators);
    }

    /// <summary>A stakeholder's role (Part 2: Role/Name; Part 1, which has no Role: Description) and name; keeps its other children.</summary>
    private (string? Role, string? Name) Role(Scope scope, XElement stakeholder)
    {
        KeepAttributes(scope, stakeholder, "StakeholderTypeType");
        var roleElement = First(stakeholder, "Role");
        var description = roleElement is null ? First(stakeholder, "Description") : null;
        string? role = null, name = null;
        var named = false;
        foreach (var child in stakeholder.Elements())
        {
            if (child == description)
            {
                role = Leaf(scope, child);
            }
            else if (child == roleElement)
            {
                KeepAttributes(scope, child);
                var roleNamed = false;
                foreach (var part in child.Elements())
                {
                    switch (Local(part))
                    {
                        case "Name" when !roleNamed:
                            roleNamed = true;
                            role = Leaf(scope, part);
                            break;
                        case "RoleType":
                            Leaf(scope, part);
                            break;
                        default:
                            Keep(scope, part);
                            break;
                    }
                }
            }
            else if (Local(child) == "Name" && !named)
            {
                named = true;
                name = Leaf(scope, child);
            }
            else
            {
                Keep(scope, child);
            }
        }

        return (role, name);
    }

    private string? Resolve(string name)
    {
        var ids = _idsByName.GetValueOrDefault(name);
        if (ids is { Count: 1 })
        {
            return ids[0];
        }

        return ids is null && _idsByAcronym.GetValueOrDefault(name) is { Count: 1 } byAcronym ? byAcronym[0] : null;
    }

    // ----- indicators (Part 2) ---------------------------------------------------------------

    private sealed record Result(XElement Element, DateOnly? Date, double? Number, string? Level, string? DescriptorName, XElement? DescriptorNameElement, string? Note, XElement? NoteElement);

    private void BuildIndicator(XElement indicator, JsonArray indicators, string ownerPointer, IndicatorLevel defaultLevel)
    {
        var scope = Open(indicator, $"{ownerPointer}/indicators/{indicators.Count}");
        Append(indicators, scope.Json);
        KeepAttributes(scope, indicator, "ValueChainStage", "PerformanceIndicatorType");
        var other = First(indicator, "OtherInformation");
        ReadModelData(scope, other, "The model has no place for free text in an indicator's OtherInformation.", ModelData.Indicator);
        XElement? dimension = null, unitElement = null, identifier = null;
        var targets = new List<Result>();
        var actuals = new List<Result>();
        foreach (var child in indicator.Elements())
        {
            switch (Local(child))
            {
                case "OtherInformation" when child == other:
                    break;
                case "MeasurementDimension" when dimension is null:
                    dimension = child;
                    break;
                case "UnitOfMeasurement" when unitElement is null:
                    unitElement = child;
                    break;
                case "Identifier" when identifier is null:
                    identifier = child;
                    break;
                case "MeasurementInstance":
                    KeepAttributes(scope, child);
                    foreach (var result in child.Elements())
                    {
                        switch (Local(result))
                        {
                            case "TargetResult":
                                targets.Add(ParseResult(scope, result));
                                break;
                            case "ActualResult":
                                actuals.Add(ParseResult(scope, result));
                                break;
                            default:
                                Keep(scope, result);
                                break;
                        }
                    }

                    break;
                default:
                    Keep(scope, child);
                    break;
            }
        }

        var id = AssignId(scope, identifier, $"indicator-{PointerPosition(scope.Pointer)}");
        if (id is not null)
        {
            scope.Json["id"] = id;
        }

        Title(scope, "name", dimension is null ? null : Leaf(scope, dimension), indicator, $"Indicator {indicators.Count}");
        var unit = unitElement is null ? null : Leaf(scope, unitElement);

        var typeAttribute = (string?)indicator.Attribute("PerformanceIndicatorType");
        var qualitative = typeAttribute switch
        {
            "Qualitative" => true,
            "Quantitative" => false,
            _ => targets.Concat(actuals).Any(r => r.Level is not null && r.Number is null),
        };
        scope.Json["type"] = qualitative ? "qualitative" : "quantitative";
        if (typeAttribute is not ("Qualitative" or "Quantitative"))
        {
            Note(ImportNoteKind.Assumption, indicator, $"The indicator has no PerformanceIndicatorType: it is read as {(qualitative ? "qualitative" : "quantitative")}, from its results.");
        }

        var stage = (string?)indicator.Attribute("ValueChainStage");
        var level = stage switch
        {
            "Outcome" => IndicatorLevel.Outcome,
            "Output" => IndicatorLevel.Output,
            null => defaultLevel,
            _ => IndicatorLevel.Output,
        };
        scope.Json["level"] = FormatNames.Of(level);
        if (stage is not ("Outcome" or "Output"))
        {
            Note(ImportNoteKind.Assumption, indicator, stage is null
                ? $"The indicator has no ValueChainStage: it is read as an {FormatNames.Of(level)} indicator, as its owner suggests."
                : $"The model's levels are output, outcome and impact: the ValueChainStage '{stage}' is read as 'output'.");
        }

        bool Usable(Result r) => r.Date is not null && (qualitative ? r.Level is not null : r.Number is not null);
        JsonObject Value(Result r) => qualitative
            ? new JsonObject { ["level"] = r.Level, ["date"] = FormatRules.FormatDate(r.Date!.Value) }
            : new JsonObject { ["value"] = r.Number!.Value, ["date"] = FormatRules.FormatDate(r.Date!.Value) };
        void Unusable(Result r) => Keep(scope, r.Element, $"A result needs a date (EndDate or StartDate) and {(qualitative ? "a DescriptorValue (the indicator is qualitative)" : "a NumberOfUnits (the indicator is quantitative)")}.");
        void KeepExtras(Result r, bool noteAllowed, string expectedName)
        {
            if (!qualitative && r.Level is not null)
            {
                KeepText(scope, r.Element, r.Level, "A quantitative indicator's results have numbers, not levels: the DescriptorValue is kept.");
            }

            if (r.DescriptorNameElement is { } nameElement && !string.Equals(r.DescriptorName, expectedName, StringComparison.OrdinalIgnoreCase))
            {
                KeepText(scope, nameElement, r.DescriptorName ?? string.Empty, "The model has no descriptor names.");
            }

            if (!noteAllowed && r.NoteElement is { } noteElement)
            {
                KeepText(scope, noteElement, r.Note ?? string.Empty, "The model's baselines and targets have no description (measurements have notes).");
            }
        }

        // Where the model data states a baseline, target or measurements (exactly, as StratML could not), the StratML
        // results render it and are not interpreted.
        var used = new List<string>();
        var baseline = actuals.FirstOrDefault(r => string.Equals(r.DescriptorName, StratMLWriter.BaselineDescriptor, StringComparison.OrdinalIgnoreCase));
        if (baseline is not null && actuals.Remove(baseline) && !scope.States("baseline"))
        {
            if (Usable(baseline))
            {
                scope.Json["baseline"] = Value(baseline);
                KeepExtras(baseline, noteAllowed: false, StratMLWriter.BaselineDescriptor);
                used.Add(baseline.Level ?? string.Empty);
            }
            else
            {
                Unusable(baseline);
            }
        }

        var measurements = new JsonArray();
        foreach (var actual in scope.States("measurements") ? [] : actuals)
        {
            if (!Usable(actual))
            {
                Unusable(actual);
                continue;
            }

            var measurement = Value(actual);
            if (!string.IsNullOrEmpty(actual.Note))
            {
                measurement["note"] = TextNode(actual.Note);
            }

            KeepExtras(actual, noteAllowed: true, StratMLWriter.LevelDescriptor);
            Append(measurements, measurement);
            used.Add(actual.Level ?? string.Empty);
        }

        if (measurements.Count > 0)
        {
            scope.Json["measurements"] = measurements;
        }

        var usableTargets = scope.States("target") ? [] : targets.Where(Usable).ToList();
        foreach (var target in scope.States("target") ? [] : targets.Where(t => !Usable(t)))
        {
            Unusable(target);
        }

        if (usableTargets.Count > 0)
        {
            var target = usableTargets.OrderBy(t => t.Date).Last();
            scope.Json["target"] = Value(target);
            KeepExtras(target, noteAllowed: false, StratMLWriter.LevelDescriptor);
            used.Add(target.Level ?? string.Empty);
            foreach (var aside in usableTargets.Where(t => t != target))
            {
                Keep(scope, aside.Element, "The model has one target per indicator: the latest TargetResult is the target, this one is kept aside.");
            }
        }

        if (!qualitative)
        {
            if (!string.IsNullOrEmpty(unit))
            {
                scope.Json["unit"] = unit;
            }
        }
        else if (!scope.States("scale"))
        {
            var written = (unit ?? string.Empty).Split(StratMLWriter.ScaleSeparator.Trim(), StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var scale = written.Length > 0 && written.Distinct(StringComparer.Ordinal).Count() == written.Length && used.All(written.Contains)
                ? written
                : [.. used.Distinct(StringComparer.Ordinal)];
            scope.Json["scale"] = new JsonArray([.. scale.Select(l => (JsonNode)l)]);
            if (!ReferenceEquals(scale, written))
            {
                Note(ImportNoteKind.Assumption, indicator, $"The qualitative indicator states no scale: its levels in the order met are taken as the scale, lowest first ({string.Join(", ", scale)}).");
                if (!string.IsNullOrEmpty(unit))
                {
                    KeepText(scope, unitElement!, unit, "The UnitOfMeasurement of a qualitative indicator is not a scale of its levels (lowest first, separated by '<').");
                }
            }
        }

        Close(scope);
    }

    private Result ParseResult(Scope scope, XElement result)
    {
        KeepAttributes(scope, result);
        XElement? startElement = null, endElement = null, numberElement = null, descriptor = null, description = null, nameElement = null;
        string? level = null, name = null;
        foreach (var child in result.Elements())
        {
            switch (Local(child))
            {
                case "StartDate" when startElement is null:
                    startElement = child;
                    break;
                case "EndDate" when endElement is null:
                    endElement = child;
                    break;
                case "NumberOfUnits" when numberElement is null:
                    numberElement = child;
                    break;
                case "Descriptor" when descriptor is null:
                    descriptor = child;
                    KeepAttributes(scope, child);
                    var valued = false;
                    foreach (var part in child.Elements())
                    {
                        switch (Local(part))
                        {
                            case "DescriptorName" when nameElement is null:
                                nameElement = part;
                                name = Leaf(scope, part);
                                break;
                            case "DescriptorValue" when !valued:
                                valued = true;
                                level = Leaf(scope, part) is { Length: > 0 } value ? value : null;
                                break;
                            default:
                                Keep(scope, part);
                                break;
                        }
                    }

                    break;
                case "Description" when description is null:
                    description = child;
                    break;
                default:
                    Keep(scope, child);
                    break;
            }
        }

        var start = Date(scope, startElement);
        var end = Date(scope, endElement);
        if (start is not null && end is not null)
        {
            KeepText(scope, startElement!, startElement!.Value.Trim(), "The model keeps one date per result: the EndDate.");
        }

        double? number = null;
        if (numberElement is not null && Leaf(scope, numberElement) is { Length: > 0 } text)
        {
            if (XmlValues.TryParseDecimal(text, out var parsed))
            {
                number = parsed;
            }
            else
            {
                KeepText(scope, numberElement, text, $"'{Shorten(text)}' is not a finite decimal number.");
            }
        }

        var note = description is null ? null : Leaf(scope, description);
        return new Result(result, end ?? start, number, level, name, nameElement, note, description);
    }

    // ----- shared pieces ----------------------------------------------------------------------

    /// <summary>
    /// Reads the model data of an element from its text (OtherInformation, or an Organization's Description): the
    /// <c>ocs:</c> lines it knows, and a <c>pillar: ...</c> line for a goal. The rest of the text is kept.
    /// </summary>
    private (string? Key, Pillar? Pillar) ReadModelData(Scope scope, XElement? element, string freeTextReason, string key)
    {
        if (element is null)
        {
            return (null, null);
        }

        var text = Leaf(scope, element);
        if (text is null)
        {
            return (null, null);
        }

        string? found = null;
        Pillar? pillar = null;
        var recognized = false;
        var free = new List<string>();
        foreach (var entry in ModelData.Split(element.Value))
        {
            if (entry.Key is null)
            {
                if (key == ModelData.Direction && PillarLine(entry.Text) is { } line)
                {
                    pillar ??= line;
                    recognized = true;
                }
                else
                {
                    free.Add(entry.Text);
                }

                continue;
            }

            if (entry.Key == ModelData.Language && element.Parent == _root && FormatRules.IsValidLanguageTag(entry.Payload))
            {
                _language ??= entry.Payload;
                _hasModelData = recognized = true;
                continue;
            }

            if (entry.Key == key && found is null)
            {
                var parsed = ModelData.ParseObject(entry.Payload, _options.MaxDepth);
                if (parsed.TryPickT0(out var payload, out var problem))
                {
                    scope.Residual = payload;
                    found = key;
                    recognized = true;
                    continue;
                }

                Note(ImportNoteKind.Unmapped, element, $"The line ocs:{key} is ignored: {problem}.");
            }
            else
            {
                Note(ImportNoteKind.Unmapped, element, $"The line ocs:{Shorten(entry.Key)} is not model data of this element (ocs:{key}).");
            }

            free.Add(entry.Text);
        }

        var rest = recognized ? string.Join('\n', free).Trim() : text;
        if (rest.Length > 0)
        {
            KeepText(scope, element, rest, freeTextReason);
        }

        return (found, pillar);
    }

    private static Pillar? PillarLine(string line)
    {
        var trimmed = line.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !trimmed[..colon].Trim().Equals("pillar", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return FormatNames.TryParse<Pillar>(trimmed[(colon + 1)..].Trim().ToLowerInvariant(), out var pillar) ? pillar : null;
    }

    /// <summary>The one pillar whose name (prevent, pursue, protect, promote) the text mentions.</summary>
    private static Pillar? Guess(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var found = new HashSet<Pillar>();
        foreach (var (stem, pillar) in (ReadOnlySpan<(string, Pillar)>)[("prevent", Pillar.Prevent), ("pursu", Pillar.Pursue), ("protect", Pillar.Protect), ("promot", Pillar.Promote)])
        {
            if (text.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(pillar);
            }
        }

        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>The element's id: the model data's, else a valid unused Identifier, else a generated one. Returns null when the model data states it.</summary>
    private string? AssignId(Scope scope, XElement? identifier, string generated)
    {
        var text = identifier is null ? null : Leaf(scope, identifier);
        if (scope.Residual?["id"] is JsonValue stated && stated.GetValueKind() == JsonValueKind.String)
        {
            var statedId = stated.GetValue<string>();
            _assigned.Add(statedId);
            if (!string.IsNullOrEmpty(text) && text != statedId)
            {
                Note(ImportNoteKind.Conflict, identifier!, $"The Identifier '{Shorten(text)}' differs from the id '{statedId}' of the model data, which is kept.");
            }

            return null;
        }

        if (!string.IsNullOrEmpty(text) && FormatRules.IsValidId(text) && _assigned.Add(text))
        {
            return text;
        }

        var id = generated;
        for (var n = 2; _reserved.Contains(id) || _assigned.Contains(id); n++)
        {
            id = $"{generated}-{n}";
        }

        _assigned.Add(id);
        if (!string.IsNullOrEmpty(text))
        {
            KeepText(scope, identifier!, text, $"'{Shorten(text)}' is not an id of the format (a letter, then up to 63 letters, digits, '.', '_' or '-'), or is used twice: the element gets the id '{id}'.");
        }
        else
        {
            Note(ImportNoteKind.Assumption, scope.Element, $"The {scope.Element.Name.LocalName} has no Identifier: it gets the id '{id}'.");
        }

        return id;
    }

    private void Title(Scope scope, string member, string? value, XElement element, string fallback)
    {
        if (!string.IsNullOrEmpty(value))
        {
            scope.Json[member] = TextNode(value);
        }
        else if (!scope.States(member))
        {
            scope.Json[member] = TextNode(fallback);
            Note(ImportNoteKind.Assumption, element, $"The {element.Name.LocalName} has no {(member == "name" ? "MeasurementDimension" : "Name")}: it is called '{fallback}'.");
        }
    }

    /// <summary>A SequenceIndicator is the element's place, which the model keeps by order; another value is kept.</summary>
    private void Sequence(Scope scope, XElement? sequence, string expected)
    {
        if (sequence is not null && Leaf(scope, sequence) is { Length: > 0 } value && value != expected)
        {
            KeepText(scope, sequence, value, "The model orders elements by their place; a SequenceIndicator other than the place is kept.");
        }
    }

    private DateOnly? Date(Scope? scope, XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = scope is null ? element.Value.Trim() : Leaf(scope, element);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (XmlValues.TryParseDate(text, out var date, out var zone))
        {
            if (zone && scope is not null)
            {
                Note(ImportNoteKind.Assumption, element, $"The model's dates have no time zone: '{text}' is read as {FormatRules.FormatDate(date)}.");
            }

            return date;
        }

        if (scope is not null)
        {
            KeepText(scope, element, text, $"'{Shorten(text)}' is not a date (YYYY-MM-DD).");
        }

        return null;
    }

    /// <summary>The trimmed text of an element that holds text; keeps its attributes, and the element itself when it holds elements.</summary>
    private string? Leaf(Scope scope, XElement element)
    {
        if (element.HasElements)
        {
            Keep(scope, element, $"{element.Name.LocalName} holds elements where text belongs.");
            return null;
        }

        KeepAttributes(scope, element);
        return element.Value.Trim();
    }

    /// <summary>A text: plain in a document with model data (exported by this library); else tagged with <see cref="StratMLImportOptions.Language"/> when set.</summary>
    private JsonNode TextNode(string value) =>
        _hasModelData || _options.Language is null ? JsonValue.Create(value) : new JsonObject { [_options.Language] = value };

    /// <summary>The 1-based positions in a pointer: <c>/directions/0/objectives/1/indicators/2</c> gives <c>1.2.3</c>.</summary>
    private static string PointerPosition(string pointer) =>
        string.Join('.', pointer.Split('/').Where(p => p.Length > 0 && char.IsAsciiDigit(p[0])).Select(p => (int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private XElement? First(XElement parent, string name) => parent.Elements(_ns + name).FirstOrDefault();

    private string? Local(XElement element) => element.Name.Namespace == _ns ? element.Name.LocalName : null;

    /// <summary>Adds a node to an array (the non-generic overload: no reflection).</summary>
    private static void Append(JsonArray array, JsonNode? node) => array.Add(node);

    private static void Register(Dictionary<string, List<string>> index, string? key, string id)
    {
        if (!string.IsNullOrEmpty(key))
        {
            if (!index.TryGetValue(key, out var ids))
            {
                index[key] = ids = [];
            }

            ids.Add(id);
        }
    }

    /// <summary>An id from a name: ASCII letters and digits, other runs as '-', starting with a letter.</summary>
    private string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > 0 && char.IsAsciiLetter(slug[0]) ? slug : "stratml-" + slug;
        slug = slug.Length > FormatRules.MaxIdLength ? slug[..FormatRules.MaxIdLength].TrimEnd('-', '.', '_') : slug.TrimEnd('-');
        return FormatRules.IsValidId(slug) ? slug : "stratml-plan";
    }
}
