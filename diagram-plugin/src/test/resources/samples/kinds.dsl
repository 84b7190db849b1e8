workspace "Kinds" "Every kind of view and construct the exporters handle." {

    !identifiers flat

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }
        ops = person "Operator" "Runs the platform."
        group "Company" {
            group "Platform" {
                core = softwareSystem "Core" "Does the work." {
                    api = container "API" "Serves requests." "Java" {
                        perspectives {
                            "scaling" "How it scales." "min: 2, max: 8"
                        }
                        handler = component "Handler" "Handles calls." "Spring MVC"
                        repo = component "Repository" "Reads rows." "JDBC"
                    }
                    events = container "Events" "Carries events." "Kafka" "Queue"
                    store = container "Store" "Keeps rows." "PostgreSQL" "Database"
                    blobs = container "Blobs" "Keeps files." "S3" {
                        properties {
                            "plumbline.shape" "storage"
                        }
                    }
                }
            }
        }
        mail = softwareSystem "Mail" "Sends mail." "External"

        ops -> api "Calls" "HTTPS"
        api -> events "Publishes to" "" "Async"
        api -> store "Reads from"
        api -> blobs "Stores files in" "" "Unlabelled"
        api -> mail "Sends mail via"
        handler -> repo "Uses"
        repo -> store "Queries" "SQL"
        events -> api "Delivers to"

        start = element "Start" "Start" "Where it begins."
        check = element "Valid?" "Decision" "Checks the input."
        done = element "Done" "End" "Where it ends."
        start -> check "Begins"
        check -> done "Yes"

        production = deploymentEnvironment "Production" {
            aws = deploymentNode "AWS" "Amazon Web Services" "" {
                properties {
                    "plumbline.shape" "cloud"
                }
                region = deploymentNode "eu-west-1" "A region." "" {
                    lb = infrastructureNode "Load Balancer" "Spreads load." "ELB"
                    apiNode = deploymentNode "API Servers" "Runs the API." "EC2" "" "3" {
                        apiInstance = containerInstance api
                    }
                    dbNode = deploymentNode "Database" "Runs the database." "RDS" {
                        storeInstance = containerInstance store
                    }
                }
            }
            lb -> apiInstance "Forwards to" "HTTPS"
        }
    }

    views {
        systemLandscape "kinds-landscape" {
            title "Landscape"
            include *
            properties {
                "plumbline.direction" "LR"
            }
        }
        systemContext core "kinds-context" {
            include *
        }
        container core "kinds-containers" {
            title "Containers"
            include *
        }
        container core "kinds-scaling" {
            title "Scaling"
            include api store
            properties {
                "plumbline.perspective" "scaling"
                "plumbline.perspective.format" "({value})"
            }
        }
        component api "kinds-components" {
            title "Components"
            include *
            properties {
                "plumbline.note.1" "bottom of repo: Only\nreads"
            }
        }
        deployment core production "kinds-deployment" {
            title "Production"
            include *
        }
        custom "kinds-flow" "Flow" {
            include start check done
            properties {
                "plumbline.direction" "LR"
            }
        }
        dynamic core "kinds-sequence" {
            title "Sequence"
            ops -> api "1. Request"
            api -> events "2. Publish"
            events -> api "3. Deliver"
            api -> store "4. Read"
            api -> mail "5. Mail"
            properties {
                "plumbline.participants" "ops, mail"
                "plumbline.step.1.before" "note left: Starts\nhere"
                "plumbline.step.2.before" "loop Every event"
                "plumbline.step.3.after" "end"
                "plumbline.step.4.before" "opt Cached"
                "plumbline.step.4.before.2" "critical Lock"
                "plumbline.step.4.after" "end"
                "plumbline.step.4.after.2" "end"
                "plumbline.step.5.before" "group Notify"
                "plumbline.step.5.before.2" "break Unsubscribed"
                "plumbline.step.5.after" "end"
                "plumbline.step.5.after.2" "end"
                "plumbline.step.5.after.3" "note left of events: Idle"
            }
        }
        styles {
            relationship "Async" {
                dashed true
            }
        }
    }
}
