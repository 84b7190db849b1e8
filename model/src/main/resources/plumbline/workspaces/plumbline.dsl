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
        mojos -> worker "Forks on JDK 21 or later"
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
