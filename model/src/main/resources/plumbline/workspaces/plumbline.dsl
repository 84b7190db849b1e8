/*
 * Plumbline itself: the toolkit that turns these workspaces into diagrams and keeps the docs honest.
 * Each container that is a Maven module of this repository names it in the property "maven.module";
 * PlumblineWorkspaceTest holds that list equal to the <module> entries of the root pom.xml.
 */
workspace "Plumbline" "Documentation-as-code for software architecture: one Structurizr model, generated views, drift checks." {

    !impliedRelationships false

    model {
        architect = person "Architect or Developer" "Edits the workspaces and the Markdown docs, and runs the build."
        ci = person "CI" "The build server: runs the check goal on every change and fails the build on drift." "Automation"

        maven = softwareSystem "Maven" "Apache Maven 3.9 on JDK 17 or later: runs the build and the plugin's goals." "External"
        structurizrDsl = softwareSystem "Structurizr DSL library" "structurizr-dsl 6.2.2: parses workspaces into the Structurizr model." "External"
        plantuml = softwareSystem "PlantUML library" "plantuml-mit: lays out and renders PlantUML text to SVG through its Java API." "External"
        mermaidCli = softwareSystem "mermaid-cli and Chromium" "@mermaid-js/mermaid-cli on Node.js, driving one headless Chromium to render Mermaid text to SVG." "External"
        docs = softwareSystem "Git-hosted docs" "The project's Markdown documentation, versioned next to the code." "External"

        plumbline = softwareSystem "Plumbline" "Keeps architecture diagrams in one Structurizr model, generates PlantUML and Mermaid views and SVG from it, and fails CI when the docs drift from the model." {
            model = container "Plumbline Model" "plumbline-model: the Structurizr DSL workspaces of every documented system and a Java API that loads, validates and reads their plumbline.* extension." "Java 21 library" {
                properties {
                    "maven.module" "model"
                    "plumbline.code" "dev.plumbline.model.."
                }
                workspaceApi = component "Workspace API" "dev.plumbline.model: loads workspaces (parse errors as file:line findings), validates the model rules and reads the plumbline.* extension." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.model"
                    }
                }
            }
            archunit = container "Plumbline ArchUnit Rules" "plumbline-archunit: ArchUnit rules read from the model's plumbline.code mapping, proving that code and model agree in both directions." "Java 21 library" {
                properties {
                    "maven.module" "archunit"
                    "plumbline.code" "dev.plumbline.archunit.."
                }
                modelRules = component "Model-driven Rules" "dev.plumbline.archunit: PlumblineModel maps elements to packages and checks the five rules over the classes ArchUnit imports." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.archunit"
                    }
                }
            }
            mojos = container "Plumbline Maven Plugin" "plumbline-maven-plugin's Mojos (generate, check, conformance): run inside Maven's JVM, hash their inputs and fork a worker JVM for the real work." "Java 17, Maven plugin API" {
                properties {
                    "maven.module" "diagram-plugin"
                    "plumbline.code" "dev.plumbline.maven.."
                }
            }
            worker = container "Diagram Worker" "A JVM on JDK 21 or later forked by the Mojos: loads the workspaces, exports views to PlantUML and Mermaid, renders SVG with a cache, compares the Markdown docs with the model, and runs the conformance rules on compiled classes." "Java 21, forked JVM" {
                properties {
                    "maven.module" "diagram-plugin"
                    "plumbline.code" "dev.plumbline.diagrams.."
                }
                generateGoal = component "Generate" "dev.plumbline.diagrams.generate: the generate command; loads every workspace, exports its views, renders what the cache lacks and writes each output and generated docs block." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.generate"
                    }
                }
                driftCheck = component "Drift Check" "dev.plumbline.diagrams.check: the check command; matches every diagram in the docs to its view and reports drift as file:line findings, JUnit XML, SARIF and Markdown." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.check"
                    }
                }
                markdownScan = component "Markdown Scanner" "dev.plumbline.diagrams.check.markdown: finds the PlantUML and Mermaid blocks of Markdown files with their source lines." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.check.markdown"
                    }
                }
                diagramGraphs = component "Diagram Graphs" "dev.plumbline.diagrams.check.diagram: the nodes, arrows, participants and messages a hand-drawn diagram says, whatever its notation." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.check.diagram"
                    }
                }
                mermaidReader = component "Mermaid Reader" "dev.plumbline.diagrams.check.mermaid: reads Mermaid flowcharts and sequence diagrams into diagram graphs." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.check.mermaid"
                    }
                }
                plantumlReader = component "PlantUML Reader" "dev.plumbline.diagrams.check.plantuml: reads PlantUML diagrams through PlantUML's own diagram objects into diagram graphs." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.check.plantuml"
                    }
                }
                generatedBlocks = component "Generated Blocks" "dev.plumbline.diagrams.docs: finds plumbline:generated blocks in the docs, rewrites stale ones and shows their diff." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.docs"
                    }
                }
                viewExport = component "View Export" "dev.plumbline.diagrams.export: one template over Structurizr views with a small writer per format, PlantUML and Mermaid." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.export"
                    }
                }
                modelLabels = component "Labels" "dev.plumbline.diagrams.labels: the one label function that export and check share." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.labels"
                    }
                }
                workerLifecycle = component "Worker Lifecycle" "dev.plumbline.diagrams.lifecycle: the worker side of the Mojo contract; every worker dies with Maven and ends with a known exit code." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.lifecycle"
                    }
                }
                atomicFiles = component "Atomic Files" "dev.plumbline.diagrams.files: writes outputs and rewritten docs atomically, never over an edit made meanwhile." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.files"
                    }
                }
                renderApi = component "Renderer API" "dev.plumbline.diagrams.render: the one renderer interface, with the diagram request, result and problem every renderer shares, and the SVG safety pass." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.render"
                    }
                }
                plantumlRenderer = component "PlantUML Renderer" "dev.plumbline.diagrams.render.plantuml: a pool of sandboxed PlantUML JVMs, killed and replaced when a layout hangs." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.render.plantuml"
                    }
                }
                mermaidRenderer = component "Mermaid Renderer" "dev.plumbline.diagrams.render.mermaid: mermaid-cli's renderer in one headless browser behind a local render server." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.render.mermaid"
                    }
                }
                siteReport = component "Architecture Site" "dev.plumbline.diagrams.site: the report command; the pages of the architecture site from the model, the docs and the rendered views." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.site"
                    }
                }
                siteChanges = component "Architecture Changes" "dev.plumbline.diagrams.site.changes: what changed in the model since a Git revision, read with JGit." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.site.changes"
                    }
                }
                siteSafety = component "Markup Safety" "dev.plumbline.diagrams.site.safety: the HTML and SVG allowlists every page and picture passes through." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.site.safety"
                    }
                }
                livePreview = component "Live Preview" "dev.plumbline.diagrams.preview: the serve command; a loopback web page that re-renders the views an edit changes and pushes them to the open page." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.preview"
                    }
                }
                conformanceRun = component "Conformance" "dev.plumbline.diagrams.conformance: the conformance command; runs plumbline-archunit's rules on compiled classes and writes their reports." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.conformance"
                    }
                }
                findingReports = component "Report Formats" "dev.plumbline.diagrams.reports: JUnit XML, SARIF and the escaping of the Markdown and HTML summaries that check and conformance share." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.reports"
                    }
                }
                findingBaseline = component "Baseline" "dev.plumbline.diagrams.baseline: the file of findings accepted for now that check and conformance share, fingerprinted without line numbers." "Java package" {
                    properties {
                        "plumbline.code" "dev.plumbline.diagrams.baseline"
                    }
                }
            }
            refimpl = container "Reference Implementation" "plumbline-reference-impl: the event-registration platform of seed 002 as running code, held to its model by the ArchUnit rules and by its runtime traces." "Java 21, Javalin" {
                properties {
                    "maven.module" "reference-impl"
                }
            }
            site = container "Plumbline Site" "plumbline-site: runs Plumbline on its own model during the build, so every view of every workspace is generated and rendered as the docs site's diagrams." "Maven module" {
                properties {
                    "maven.module" "site"
                }
            }
        }

        architect -> docs "Writes architecture docs in"
        site -> mojos "Runs the generate goal of"
        architect -> maven "Runs mvn plumbline:generate with"
        ci -> maven "Runs mvn plumbline:check with"
        maven -> mojos "Executes the generate, check and conformance goals of"
        mojos -> mojos "Hashes workspaces, docs and configuration"
        mojos -> worker "Forks on JDK 21 or later" {
            // A process boundary: the Mojos (Java 17) name the worker's classes as strings, never link them.
            properties {
                "plumbline.code" "none"
            }
        }
        worker -> model "Loads and validates workspaces with"
        model -> structurizrDsl "Parses workspaces with"
        archunit -> model "Loads workspaces with"
        modelRules -> workspaceApi "Loads workspaces and finds DSL lines with"
        worker -> archunit "Runs the conformance rules on compiled classes with"
        refimpl -> model "Compares its runtime traces with the dynamic views read by"
        worker -> worker "Exports views to PlantUML and Mermaid"
        worker -> plantuml "Renders PlantUML views to SVG in a pool of child JVMs with"
        worker -> mermaidCli "Renders Mermaid views to SVG in one headless browser with"
        worker -> docs "Writes generated diagrams to, and checks drift of"

        # System context: the same dependencies one level up.
        // The worker's packages, as the code depends on them (PlumblineOwnArchitectureTest in diagram-plugin).
        generateGoal -> generatedBlocks "Rewrites stale generated blocks with"
        generateGoal -> viewExport "Exports views with"
        generateGoal -> atomicFiles "Writes outputs with"
        generateGoal -> workerLifecycle "Runs as a worker command with"
        generateGoal -> renderApi "Asks for renders with"
        generateGoal -> plantumlRenderer "Renders PlantUML views with"
        generateGoal -> mermaidRenderer "Renders Mermaid views with"
        driftCheck -> markdownScan "Finds the diagrams of the docs with"
        driftCheck -> diagramGraphs "Compares views with"
        driftCheck -> mermaidReader "Reads Mermaid diagrams with"
        driftCheck -> plantumlReader "Reads PlantUML diagrams with"
        driftCheck -> generatedBlocks "Reports stale generated blocks with"
        driftCheck -> atomicFiles "Writes its reports with"
        driftCheck -> modelLabels "Normalises labels with"
        driftCheck -> workerLifecycle "Runs as a worker command with"
        driftCheck -> mermaidRenderer "Syntax-checks Mermaid types it cannot read with"
        driftCheck -> renderApi "Reads Mermaid's syntax verdicts with"
        mermaidReader -> diagramGraphs "Builds"
        plantumlReader -> diagramGraphs "Builds"
        generatedBlocks -> markdownScan "Finds generated blocks with"
        generatedBlocks -> viewExport "Exports the views of generated blocks with"
        viewExport -> modelLabels "Labels elements and relationships with"
        atomicFiles -> workerLifecycle "Stops writing once Maven has gone, asking"
        plantumlRenderer -> renderApi "Implements"
        plantumlRenderer -> workerLifecycle "Ties its child JVMs to Maven's life with"
        mermaidRenderer -> renderApi "Implements"
        mermaidRenderer -> workerLifecycle "Ties Node and the browser to Maven's life with"
        siteReport -> generatedBlocks "Shows the docs' generated blocks with"
        siteReport -> viewExport "Shows each view's source with"
        siteReport -> generateGoal "Generates missing images with"
        siteReport -> workerLifecycle "Runs as a worker command with"
        siteReport -> siteChanges "Shows what changed with"
        siteReport -> siteSafety "Cleans every page and picture with"
        siteChanges -> viewExport "Compares views with"
        livePreview -> markdownScan "Finds the diagrams of the docs with"
        livePreview -> viewExport "Exports the edited views with"
        livePreview -> workerLifecycle "Runs as a worker command with"
        livePreview -> renderApi "Asks for renders with"
        livePreview -> plantumlRenderer "Keeps a warm PlantUML renderer with"
        livePreview -> mermaidRenderer "Keeps a warm Mermaid renderer with"
        conformanceRun -> atomicFiles "Writes its reports with"
        conformanceRun -> workerLifecycle "Runs as a worker command with"
        conformanceRun -> findingBaseline "Accepts known violations with"
        driftCheck -> findingBaseline "Accepts known findings with"
        driftCheck -> findingReports "Writes JUnit XML, SARIF and summaries with"
        conformanceRun -> findingReports "Writes JUnit XML, SARIF and summaries with"

        plumblineMaven = maven -> plumbline "Runs the goals of"
        plumblineDsl = plumbline -> structurizrDsl "Parses workspaces with"
        plumblinePlantuml = plumbline -> plantuml "Renders PlantUML views with"
        plumblineMermaid = plumbline -> mermaidCli "Renders Mermaid views with"
        plumblineDocs = plumbline -> docs "Generates diagrams for, and checks drift of"
    }

    views {
        systemContext plumbline "plumbline-system-context" {
            title "Plumbline: system context"
            include *
            include architect ci
            properties {
                "plumbline.direction" "TB"
            }
        }

        container plumbline "plumbline-containers" {
            title "Plumbline: containers"
            include *
            include architect ci
            exclude plumblineMaven plumblineDsl plumblinePlantuml plumblineMermaid plumblineDocs
            properties {
                "plumbline.direction" "TB"
            }
        }

        component archunit "plumbline-archunit-components" {
            title "Plumbline: the ArchUnit rules"
            include *
            include workspaceApi
            properties {
                "plumbline.direction" "TB"
            }
        }

        component worker "plumbline-worker-components" {
            title "Plumbline: the diagram worker"
            include *
            properties {
                "plumbline.direction" "LR"
            }
        }

        dynamic plumbline "plumbline-generate" {
            title "Plumbline: the generate goal"
            architect -> maven "mvn plumbline:generate"
            maven -> mojos "Executes the generate goal"
            mojos -> mojos "Hashes workspaces, docs and configuration"
            // plumbline: note right: Same inputs, same hash:\nan unchanged build does nothing
            mojos -> worker "Forks a worker JVM on JDK 21 or later"
            worker -> model "Loads and validates the workspaces"
            worker -> worker "Exports each view to PlantUML and Mermaid"
            // plumbline: group Render with cache
            worker -> plantuml "Renders PlantUML views to SVG unless cached"
            worker -> mermaidCli "Renders Mermaid views to SVG unless cached"
            // plumbline: end
            worker -> docs "Writes each file atomically (temp file + move)"
            worker -> mojos "Files written, findings"
        }

        styles {
            element "Person" {
                shape person
            }
            element "External" {
                background #999999
                color #ffffff
            }
        }
    }
}
